package com.whereai.core.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.whereai.core.words.WordsException;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The words that tell what kind of message a text is (words/intent.yaml): asking for advice, speaking for a
 * team, naming an organisation, starting a yes/no question. Checked on load; a mistake names the file and field.
 */
public final class IntentWords {

    public static final String FILE = "intent.yaml";
    private static final String RESOURCE = "/com/whereai/core/words/" + FILE;
    private static final String START = "(?<![\\p{L}\\d])";
    private static final String END = "(?![\\p{L}\\d])";

    private final Pattern advice;
    private final Pattern self;
    private final Pattern organisations;
    private final Pattern yesNo;
    private final Map<OptionId, Pattern> askedOption;
    private final Pattern considering;

    private IntentWords(
            Pattern advice,
            Pattern self,
            Pattern organisations,
            Pattern yesNo,
            Map<OptionId, Pattern> askedOption,
            Pattern considering) {
        this.considering = considering;
        this.advice = advice;
        this.self = self;
        this.organisations = organisations;
        this.yesNo = yesNo;
        this.askedOption = askedOption;
    }

    public static IntentWords bundled() {
        try (InputStream in = IntentWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new WordsException(FILE + ": not found on the class path at " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WordsException(FILE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public static IntentWords parse(String yamlText) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yamlText);
        } catch (JsonProcessingException e) {
            throw new WordsException(FILE + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new WordsException(FILE + ": must be a map with advice, self, organisations and yes-no");
        }
        Map<OptionId, Pattern> askedOption = new EnumMap<>(OptionId.class);
        JsonNode asked = root.path("asked-option");
        for (Iterator<Map.Entry<String, JsonNode>> it = asked.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            OptionId option = OptionId.fromIdOrNumber(e.getKey())
                    .filter(o -> o.id().equals(e.getKey()))
                    .orElseThrow(
                            () -> new WordsException(FILE + ": asked-option." + e.getKey() + ": unknown option id"));
            askedOption.put(option, patterns(asked, e.getKey(), false, "asked-option." + e.getKey()));
        }
        return new IntentWords(
                patterns(root, "advice", false),
                patterns(root, "self", true),
                patterns(root, "organisations", true),
                patterns(root, "yes-no", true),
                askedOption,
                patterns(root, "considering", false));
    }

    /** @param words whether the entries are words (a trailing * for a word's start) rather than patterns */
    private static Pattern patterns(JsonNode root, String key, boolean words) {
        return patterns(root, key, words, key);
    }

    private static Pattern patterns(JsonNode root, String key, boolean words, String path) {
        List<String> alternatives = new ArrayList<>();
        JsonNode section = root.get(key);
        if (section == null || !section.isObject()) {
            throw new WordsException(FILE + ": " + path + ": missing (sv and en lists)");
        }
        for (Lang lang : Lang.values()) {
            String field = path + "." + lang.code();
            JsonNode list = section.get(lang.code());
            if (list == null || !list.isArray() || list.isEmpty()) {
                throw new WordsException(FILE + ": " + field + ": needs a list of at least one entry");
            }
            for (int i = 0; i < list.size(); i++) {
                String entry = list.get(i).asText("");
                String at = field + "[" + i + "]";
                if (entry.isBlank() || !entry.equals(entry.toLowerCase(Locale.ROOT))) {
                    throw new WordsException(FILE + ": " + at + ": \"" + entry + "\" must be lower case and not empty");
                }
                String alternative = !words
                        ? entry
                        : entry.endsWith("*")
                                ? Pattern.quote(entry.substring(0, entry.length() - 1))
                                : Pattern.quote(entry) + END;
                try {
                    Pattern.compile(alternative);
                } catch (PatternSyntaxException e) {
                    throw new WordsException(FILE + ": " + at + ": not a valid pattern: " + e.getDescription(), e);
                }
                alternatives.add(alternative);
            }
        }
        return Pattern.compile(START + "(?:" + String.join("|", alternatives) + ")");
    }

    /** Whether the (lower-case) text asks what to choose. */
    public boolean asksForAdvice(String text) {
        return advice.matcher(text).find();
    }

    /** Whether the writer speaks for themselves or a team ("we", "vår"), or names an organisation. */
    public boolean speaksForATeam(String text) {
        return self.matcher(text).find() || organisations.matcher(text).find();
    }

    /** The text's first yes/no question, if it has one. */
    public Optional<String> yesNoQuestion(String text) {
        for (String sentence : text.strip().split("(?<=[.!?])\\s+")) {
            String opening = sentence.replaceFirst("^(och|and|men|but|så|so|then|då|also|också|okay|ok)[,]?\\s+", "");
            if (sentence.endsWith("?") && yesNo.matcher(opening).lookingAt()) {
                return Optional.of(sentence);
            }
        }
        return Optional.empty();
    }

    /** The part of the text that says the writer considers an option ("… men vill prova Claude"), if any. */
    public Optional<String> consideredOption(String text) {
        Matcher m = considering.matcher(text);
        return m.find() ? Optional.of(text.substring(m.start())) : Optional.empty();
    }

    /** The option a question names by what one does with it ("buy a server", "hyra"), if any. */
    public Optional<OptionId> optionAskedAbout(String question) {
        return askedOption.entrySet().stream()
                .filter(e -> e.getValue().matcher(question).find())
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
