package com.whereai.core.situation;

import com.whereai.knowledge.Lang;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the vocabulary's words in a text by their stems (so "kontrakten", "contracts" and "contract" match
 * the same entry), a trailing * as the start of a word, and one typo in longer words. A word right after a
 * negation in the same clause ("no customer data", "inga känsliga uppgifter") is found as denied.
 */
final class WordMatcher {

    /** Words that negate what follows them, within {@link #NEGATION_REACH} words and the same clause. */
    private static final Set<String> NEGATIONS = Set.of(
            "no", "not", "without", "never", "none", "nor", "zero", "t", "ingen", "inga", "inget", "inte", "ej", "icke",
            "utan", "aldrig");
    /** Words that end a clause, so a negation before them does not reach past. */
    private static final Set<String> CLAUSE_ENDS =
            Set.of("and", "but", "or", "och", "men", "eller", "samt", "while", "medan");

    private static final int NEGATION_REACH = 2;
    /** Words a negation reaches across without counting them ("inte har någon IT-personal", "no own GPU"). */
    private static final Set<String> TRANSPARENT =
            Set.of("någon", "några", "något", "egen", "eget", "egna", "any", "own", "har", "have");
    /** Text words at least this long may match a vocabulary word with one typo. */
    private static final int TYPO_WORD = 7;

    private static final int TYPO_STEM = 4;

    /**
     * @param stems  the phrase's stems; when {@code prefix}, the last is the raw start of a word instead
     */
    record Phrase(Signal signal, List<String> stems, boolean prefix, boolean negative) {}

    /** A phrase found, denied when a negation stands before it. */
    record Hit(Signal signal, boolean denied) {}

    private final Map<Lang, Map<String, List<Phrase>>> byFirst = new EnumMap<>(Lang.class);
    /** Single-word prefixes by their first two letters, so a word is only compared with the few that could start it. */
    private final Map<Lang, Map<String, List<Phrase>>> prefixFirst = new EnumMap<>(Lang.class);
    /** Single words that may match with a typo, by stem length. */
    private final Map<Lang, Map<Integer, List<Phrase>>> typoCandidates = new EnumMap<>(Lang.class);

    WordMatcher(List<SignalVocabulary.Entry> entries) {
        for (Lang lang : Lang.values()) {
            byFirst.put(lang, new HashMap<>());
            prefixFirst.put(lang, new HashMap<>());
            typoCandidates.put(lang, new HashMap<>());
        }
        for (SignalVocabulary.Entry entry : entries) {
            entry.words().forEach((lang, words) -> words.forEach(word -> add(entry.signal(), word, lang)));
        }
    }

    private void add(Signal signal, String word, Lang lang) {
        boolean prefix = word.endsWith("*");
        String text = prefix ? word.substring(0, word.length() - 1) : word;
        List<String> stems = new ArrayList<>(StemmedText.stemsOf(text, lang));
        if (stems.isEmpty()) {
            return;
        }
        if (prefix) {
            List<String> raw = StemmedText.wordsOf(text);
            stems.set(stems.size() - 1, raw.get(raw.size() - 1));
        }
        boolean negative = NEGATIONS.contains(StemmedText.wordsOf(text).get(0));
        Phrase phrase = new Phrase(signal, List.copyOf(stems), prefix, negative);
        if (prefix && stems.size() == 1) {
            prefixFirst
                    .get(lang)
                    .computeIfAbsent(head(stems.get(0)), k -> new ArrayList<>())
                    .add(phrase);
        } else {
            byFirst.get(lang)
                    .computeIfAbsent(stems.get(0), k -> new ArrayList<>())
                    .add(phrase);
        }
        if (!prefix && stems.size() == 1 && stems.get(0).length() >= TYPO_STEM) {
            typoCandidates
                    .get(lang)
                    .computeIfAbsent(stems.get(0).length(), k -> new ArrayList<>())
                    .add(phrase);
        }
    }

    List<Hit> find(StemmedText text) {
        List<Hit> hits = new ArrayList<>();
        List<String> words = text.words();
        for (Lang lang : Lang.values()) {
            List<String> stems = text.stems(lang);
            for (int i = 0; i < stems.size(); i++) {
                boolean matched = false;
                for (Phrase phrase : byFirst.get(lang).getOrDefault(stems.get(i), List.of())) {
                    if (matchesAt(phrase, stems, words, i)) {
                        hits.add(new Hit(phrase.signal(), !phrase.negative() && negatedAt(words, i)));
                        matched = true;
                    }
                }
                for (Phrase phrase : prefixFirst.get(lang).getOrDefault(head(words.get(i)), List.of())) {
                    if (words.get(i).startsWith(phrase.stems().get(0))) {
                        hits.add(new Hit(phrase.signal(), negatedAt(words, i)));
                        matched = true;
                    }
                }
                if (!matched && words.get(i).length() >= TYPO_WORD) {
                    int length = stems.get(i).length();
                    for (int l = length - 1; l <= length + 1; l++) {
                        for (Phrase phrase : typoCandidates.get(lang).getOrDefault(l, List.of())) {
                            if (Typos.oneApart(stems.get(i), phrase.stems().get(0))) {
                                hits.add(new Hit(phrase.signal(), !phrase.negative() && negatedAt(words, i)));
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    /** A word's first two letters (or the word, if shorter): the key prefixes are filed under. */
    private static String head(String word) {
        return word.length() <= 2 ? word : word.substring(0, 2);
    }

    private static boolean matchesAt(Phrase phrase, List<String> stems, List<String> words, int at) {
        List<String> want = phrase.stems();
        if (at + want.size() > stems.size()) {
            return false;
        }
        for (int k = 0; k < want.size(); k++) {
            boolean last = k == want.size() - 1;
            boolean ok = last && phrase.prefix()
                    ? words.get(at + k).startsWith(want.get(k))
                    : stems.get(at + k).equals(want.get(k));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean negatedAt(List<String> words, int at) {
        int counted = 0;
        for (int k = at - 1; k >= 0 && counted < NEGATION_REACH; k--) {
            String word = words.get(k);
            if (CLAUSE_ENDS.contains(word)) {
                return false;
            }
            if (NEGATIONS.contains(word)) {
                return true;
            }
            if (!TRANSPARENT.contains(word)) {
                counted++;
            }
        }
        return false;
    }
}
