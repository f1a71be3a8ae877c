package com.whereai.core.answer.model;

import com.whereai.knowledge.KnowledgeEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a model's answer against the entries it was given: the cited ids it may use (others are dropped),
 * and its figures — a sentence with a number that appears in no cited entry is removed, so the bot never
 * passes on an invented price or VRAM figure.
 */
public final class AnswerGuard {

    private static final Pattern CITATION = Pattern.compile("\\[([a-z0-9][a-z0-9.+-]*)]");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[  ,.]\\d{3})*(?:[.,]\\d+)?");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+");

    /** The guarded answer: clean text (citations removed), the ids it cited, and how many sentences were dropped. */
    public record Guarded(String text, List<String> cited, int removedSentences) {}

    public Guarded guard(String answer, List<KnowledgeEntry> given) {
        Map<String, KnowledgeEntry> byId =
                given.stream().collect(Collectors.toMap(KnowledgeEntry::id, Function.identity(), (a, b) -> a));
        Set<String> cited = new LinkedHashSet<>();
        Matcher m = CITATION.matcher(answer);
        while (m.find()) {
            if (byId.containsKey(m.group(1))) {
                cited.add(m.group(1));
            }
        }
        List<KnowledgeEntry> grounds =
                cited.isEmpty() ? given : cited.stream().map(byId::get).toList();
        Set<String> known = new LinkedHashSet<>();
        for (KnowledgeEntry entry : grounds) {
            known.addAll(numbers(entry.body().sv() + " " + entry.body().en() + " "
                    + entry.title().sv() + " " + entry.title().en()));
        }
        List<String> kept = new ArrayList<>();
        int removed = 0;
        for (String sentence : SENTENCE.split(answer.strip())) {
            if (known.containsAll(numbers(sentence.replaceAll(CITATION.pattern(), "")))) {
                kept.add(sentence);
            } else {
                removed++;
            }
        }
        String text = String.join(" ", kept)
                .replaceAll("\\s*" + CITATION.pattern(), "")
                .replaceAll("\\s+([.,;:!?])", "$1")
                .strip();
        return new Guarded(text, List.copyOf(cited), removed);
    }

    /** Figures normalised: "10 000", "10,000" and "10000" are the same; "3.5" and "3,5" too. */
    static Set<String> numbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String n = m.group();
            if (n.matches("\\d+(?:[  ,.]\\d{3})+")) {
                n = n.replaceAll("[  ,.]", "");
            }
            numbers.add(n.replace(',', '.'));
        }
        return numbers;
    }
}
