package com.whereai.core.conversation;

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
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrases a follow-up starts with ("and", "what if", "och", "vad händer om"), in Swedish and English, read
 * from {@code words/follow-ups.yaml} and checked: both languages, no other key, lower case, words separated by
 * single spaces, letters only, each phrase once per language. A broken file fails with the file and the field
 * named ({@code follow-ups.yaml: follow-ups.sv[2]: "Och" must be lower case ...}).
 */
public final class FollowUpPhrases {

    public static final String FILE = "follow-ups.yaml";
    private static final String RESOURCE = "/com/whereai/core/words/" + FILE;
    private static final Pattern PHRASE = Pattern.compile("\\p{Ll}+( \\p{Ll}+)*");

    private final Map<Lang, List<String>> byLang;
    /** Every phrase of both languages, longest first, so "what if" is tried before "what". */
    private final List<String> longestFirst;

    private FollowUpPhrases(Map<Lang, List<String>> byLang) {
        this.byLang = byLang;
        Set<String> all = new HashSet<>();
        byLang.values().forEach(all::addAll);
        this.longestFirst = all.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(p -> p))
                .toList();
    }

    public static FollowUpPhrases bundled() {
        try (InputStream in = FollowUpPhrases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new WordsException(FILE + ": not found on the class path at " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WordsException(FILE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads and checks the file's text. */
    public static FollowUpPhrases parse(String yamlText) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yamlText);
        } catch (JsonProcessingException e) {
            throw new WordsException(FILE + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        JsonNode phrases = root == null ? null : root.get("follow-ups");
        if (phrases == null || !phrases.isObject()) {
            throw new WordsException(FILE + ": follow-ups: missing (a map from language, sv and en, to its phrases)");
        }
        for (Iterator<String> keys = phrases.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (Arrays.stream(Lang.values()).noneMatch(l -> l.code().equals(key))) {
                throw new WordsException(FILE + ": follow-ups." + key + ": unknown language (known: sv, en)");
            }
        }
        Map<Lang, List<String>> byLang = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            byLang.put(lang, phrasesOf(phrases.get(lang.code()), "follow-ups." + lang.code()));
        }
        return new FollowUpPhrases(byLang);
    }

    private static List<String> phrasesOf(JsonNode node, String field) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new WordsException(FILE + ": " + field + ": needs a list of at least one phrase");
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = field + "[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new WordsException(FILE + ": " + at + ": must be a phrase, was " + item);
            }
            String phrase = item.asText();
            if (!PHRASE.matcher(phrase).matches()) {
                throw new WordsException(FILE + ": " + at + ": \"" + phrase
                        + "\" must be lower case letters, words separated by single spaces");
            }
            if (result.contains(phrase)) {
                throw new WordsException(FILE + ": " + at + ": \"" + phrase + "\" is already in " + field);
            }
            result.add(phrase);
        }
        return List.copyOf(result);
    }

    /** Whether normalized text (lower case, spaces collapsed) starts with a follow-up phrase as whole words. */
    public boolean startsAFollowUp(String normalizedText) {
        String text = normalizedText.toLowerCase(Locale.ROOT).replaceFirst("^[^\\p{L}\\d]+", "");
        for (String phrase : longestFirst) {
            if (text.startsWith(phrase)
                    && (text.length() == phrase.length() || !Character.isLetterOrDigit(text.charAt(phrase.length())))) {
                return true;
            }
        }
        return false;
    }

    /** The phrases of one language, in the file's order. */
    public List<String> phrases(Lang lang) {
        return byLang.get(lang);
    }
}
