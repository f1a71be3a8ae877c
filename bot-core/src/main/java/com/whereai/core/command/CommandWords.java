package com.whereai.core.command;

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
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words each command starts with, in Swedish and English, read from {@code words/commands.yaml} and
 * checked: every {@link CommandWord} has words in both languages, no unknown command, lower case, words
 * separated by single spaces, and no word in two commands. A message starts with a command when its first
 * words are one of them (the longest that fits wins: "börja om" before "börja"). A broken file fails with the file and the field named
 * ({@code commands.yaml: commands.compare.sv[2]: "jämför" is also a word of help}).
 */
public final class CommandWords {

    public static final String FILE = "commands.yaml";
    private static final String RESOURCE = "/com/whereai/core/words/" + FILE;

    private final Map<String, CommandWord> byWord;
    private final Map<CommandWord, Map<Lang, List<String>>> words;

    private final int longest;

    private CommandWords(Map<String, CommandWord> byWord, Map<CommandWord, Map<Lang, List<String>>> words) {
        this.byWord = Map.copyOf(byWord);
        this.words = words;
        this.longest = byWord.keySet().stream()
                .mapToInt(w -> w.split(" ").length)
                .max()
                .orElse(1);
    }

    public static CommandWords bundled() {
        try (InputStream in = CommandWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new WordsException(FILE + ": not found on the class path at " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WordsException(FILE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads and checks the file's text. */
    public static CommandWords parse(String yamlText) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yamlText);
        } catch (JsonProcessingException e) {
            throw new WordsException(FILE + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        JsonNode commands = root == null ? null : root.get("commands");
        if (commands == null || !commands.isObject()) {
            throw new WordsException(FILE + ": commands: missing (a map from command to its sv and en words)");
        }
        Map<String, CommandWord> byWord = new HashMap<>();
        Map<CommandWord, Map<Lang, List<String>>> words = new EnumMap<>(CommandWord.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = commands.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String field = "commands." + entry.getKey();
            CommandWord command = CommandWord.fromId(entry.getKey())
                    .orElseThrow(() -> new WordsException(FILE + ": " + field
                            + ": unknown command (known: "
                            + String.join(
                                    ", ",
                                    java.util.Arrays.stream(CommandWord.values())
                                            .map(CommandWord::id)
                                            .toList())
                            + ")"));
            Map<Lang, List<String>> perLang = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                perLang.put(
                        lang, wordsOf(entry.getValue().get(lang.code()), field + "." + lang.code(), command, byWord));
            }
            words.put(command, perLang);
        }
        for (CommandWord command : CommandWord.values()) {
            if (!words.containsKey(command)) {
                throw new WordsException(FILE + ": commands." + command.id() + ": missing");
            }
        }
        return new CommandWords(byWord, words);
    }

    private static List<String> wordsOf(
            JsonNode node, String field, CommandWord command, Map<String, CommandWord> byWord) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new WordsException(FILE + ": " + field + ": needs a list of at least one word");
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = field + "[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new WordsException(FILE + ": " + at + ": must be a word, was " + item);
            }
            String word = item.asText();
            if (!word.equals(word.toLowerCase(Locale.ROOT))
                    || !word.equals(word.strip())
                    || word.contains("  ")
                    || word.chars().anyMatch(c -> Character.isWhitespace(c) && c != ' ')) {
                throw new WordsException(
                        FILE + ": " + at + ": \"" + word + "\" must be lower case, words separated by single spaces");
            }
            CommandWord other = byWord.putIfAbsent(word, command);
            if (other != null && other != command) {
                throw new WordsException(FILE + ": " + at + ": \"" + word + "\" is also a word of " + other.id());
            }
            result.add(word);
        }
        return List.copyOf(result);
    }

    /** A command, the words that named it, and the text after them. */
    public record Match(CommandWord command, String words, String rest) {}

    /** The command whose words begin {@code text} (lower case), longest words first. */
    public Optional<Match> match(String text) {
        String[] words = text.strip().split("\\s+");
        StringBuilder head = new StringBuilder();
        Match found = null;
        for (int n = 1; n <= Math.min(words.length, longest); n++) {
            if (n > 1) {
                head.append(' ');
            }
            head.append(words[n - 1]);
            CommandWord command = byWord.get(head.toString());
            if (command != null) {
                found = new Match(
                        command,
                        head.toString(),
                        String.join(" ", java.util.Arrays.asList(words).subList(n, words.length)));
            }
        }
        return Optional.ofNullable(found);
    }

    /** The words of a command in one language, the first being the one replies show. */
    public List<String> words(CommandWord command, Lang lang) {
        return words.get(command).get(lang);
    }
}
