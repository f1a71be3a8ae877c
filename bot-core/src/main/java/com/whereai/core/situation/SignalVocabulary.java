package com.whereai.core.situation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.whereai.core.words.WordsException;
import com.whereai.knowledge.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The phrases each signal is read from, in both languages, loaded from {@code words/signals.yaml} and checked:
 * known signal ids, words in lower case, patterns that compile, known suppressed signals. A broken file
 * fails with the file and the field named ({@code signals.yaml: signals.offline.patterns.en[2]: not a valid
 * pattern: ...}).
 */
public final class SignalVocabulary {

    public static final String FILE = "signals.yaml";
    private static final String RESOURCE = "/com/whereai/core/words/" + FILE;
    /** Signals read from figures, never from phrases. */
    static final Set<Signal> FROM_FIGURES = EnumSet.of(Signal.MODEL_SIZE, Signal.AVAILABLE_VRAM);

    /** One signal's phrases. @param words per language, as written (stemmed by the matcher) */
    public record Entry(Signal signal, Set<Signal> suppresses, Map<Lang, List<String>> words, List<Pattern> patterns) {}

    /** Patterns that deny a signal. */
    public record Denial(Signal signal, List<Pattern> patterns) {}

    private final List<Entry> entries;
    private final List<Denial> denials;
    private final List<Denial> weakDenials;

    private SignalVocabulary(List<Entry> entries, List<Denial> denials, List<Denial> weakDenials) {
        this.entries = List.copyOf(entries);
        this.denials = List.copyOf(denials);
        this.weakDenials = List.copyOf(weakDenials);
    }

    /** Denials that hold only when nothing in the text names the signal ("public documents"). */
    public List<Denial> weakDenials() {
        return weakDenials;
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<Denial> denials() {
        return denials;
    }

    public static SignalVocabulary bundled() {
        try (InputStream in = SignalVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new WordsException(FILE + ": not found on the class path at " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WordsException(FILE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public static SignalVocabulary parse(String yamlText) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yamlText);
        } catch (JsonProcessingException e) {
            throw new WordsException(FILE + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        JsonNode signals = root == null ? null : root.get("signals");
        if (signals == null || !signals.isObject()) {
            throw new WordsException(FILE + ": signals: missing (a map from signal id to its words and patterns)");
        }
        List<Entry> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = signals.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = "signals." + e.getKey();
            Signal signal = signal(e.getKey(), field);
            JsonNode node = e.getValue();
            Set<Signal> suppresses = EnumSet.noneOf(Signal.class);
            JsonNode sup = node.get("suppresses");
            if (sup != null) {
                for (int i = 0; i < sup.size(); i++) {
                    suppresses.add(signal(sup.get(i).asText(), field + ".suppresses[" + i + "]"));
                }
            }
            Map<Lang, List<String>> words = new EnumMap<>(Lang.class);
            List<Pattern> patterns = new ArrayList<>();
            for (Lang lang : Lang.values()) {
                words.put(lang, words(node.path("words").get(lang.code()), field + ".words." + lang.code()));
                patterns.addAll(patterns(node.path("patterns").get(lang.code()), field + ".patterns." + lang.code()));
            }
            if (words.values().stream().allMatch(List::isEmpty) && patterns.isEmpty()) {
                throw new WordsException(FILE + ": " + field + ": needs words or patterns");
            }
            entries.add(new Entry(signal, suppresses, words, patterns));
        }
        return new SignalVocabulary(entries, denials(root, "denials"), denials(root, "weak-denials"));
    }

    private static List<Denial> denials(JsonNode root, String key) {
        List<Denial> denials = new ArrayList<>();
        JsonNode deny = root.get(key);
        if (deny != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = deny.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String field = key + "." + e.getKey();
                List<Pattern> patterns = new ArrayList<>();
                for (Lang lang : Lang.values()) {
                    patterns.addAll(patterns(e.getValue().get(lang.code()), field + "." + lang.code()));
                }
                denials.add(new Denial(signal(e.getKey(), field), patterns));
            }
        }
        return denials;
    }

    private static Signal signal(String id, String field) {
        Signal signal = Signal.fromId(id)
                .orElseThrow(() -> new WordsException(FILE + ": " + field + ": unknown signal \"" + id + "\""));
        if (FROM_FIGURES.contains(signal)) {
            throw new WordsException(FILE + ": " + field + ": " + id + " is read from figures, not phrases");
        }
        return signal;
    }

    private static List<String> words(JsonNode node, String field) {
        List<String> words = new ArrayList<>();
        if (node == null) {
            return words;
        }
        if (!node.isArray()) {
            throw new WordsException(FILE + ": " + field + ": must be a list");
        }
        for (int i = 0; i < node.size(); i++) {
            String word = node.get(i).asText("");
            if (word.isBlank() || !word.equals(word.toLowerCase(Locale.ROOT)) || !word.equals(word.strip())) {
                throw new WordsException(
                        FILE + ": " + field + "[" + i + "]: \"" + word + "\" must be lower case without outer spaces");
            }
            if (word.indexOf('*') >= 0 && word.indexOf('*') != word.length() - 1) {
                throw new WordsException(
                        FILE + ": " + field + "[" + i + "]: \"" + word + "\" may have * only at the end");
            }
            words.add(word);
        }
        return words;
    }

    /** Each pattern checked on its own (so an error names its index), then all of a field's joined into one. */
    private static List<Pattern> patterns(JsonNode node, String field) {
        List<String> valid = new ArrayList<>();
        for (Pattern p : each(node, field)) {
            valid.add(p.pattern().substring(PREFIX.length(), p.pattern().length() - 1));
        }
        return valid.isEmpty() ? List.of() : List.of(Pattern.compile(PREFIX + String.join("|", valid) + ")"));
    }

    private static final String PREFIX = "(?<![\\p{L}\\d])(?:";

    private static List<Pattern> each(JsonNode node, String field) {
        List<Pattern> patterns = new ArrayList<>();
        if (node == null) {
            return patterns;
        }
        if (!node.isArray()) {
            throw new WordsException(FILE + ": " + field + ": must be a list");
        }
        for (int i = 0; i < node.size(); i++) {
            String text = node.get(i).asText("");
            if (text.isBlank()) {
                throw new WordsException(FILE + ": " + field + "[" + i + "]: empty pattern");
            }
            try {
                patterns.add(Pattern.compile(PREFIX + text + ")"));
            } catch (PatternSyntaxException e) {
                throw new WordsException(
                        FILE + ": " + field + "[" + i + "]: not a valid pattern: " + e.getDescription(), e);
            }
        }
        return patterns;
    }
}
