package com.whereai.knowledge.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises names as people write them and finds them in free text, whole words only, longest name first.
 *
 * <p>Lower case; every run of characters other than letters, digits and a decimal point becomes one space; a run of
 * two or more letters is split from the digit after it ({@code llama3.1} → {@code llama 3.1}, {@code rtx4090} → {@code
 * rtx 4090}, while {@code a100}, {@code m3} and {@code v0.3} stay whole); {@code 8x7b} → {@code 8 x 7b}; {@code 64 GB}
 * → {@code 64gb}; {@code 4090s} → {@code 4090}.
 */
final class Names<T> {

    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<=\\d)\\.(?=\\d)");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\u0001]+");
    private static final Pattern LETTERS_THEN_DIGIT = Pattern.compile("(?<=\\p{L}\\p{L})(?=\\d)");
    private static final Pattern TIMES = Pattern.compile("(?<=\\d)x(?=\\d|\\s|$)|(?<=\\s|^)x(?=\\d)");
    private static final Pattern UNIT_GAP = Pattern.compile("(?<=\\d) (gb|gib|b)(?=\\s|$)");
    private static final Pattern PLURAL = Pattern.compile("(?<=\\d{3})s(?=\\s|$)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, T> byName = new LinkedHashMap<>();
    private final List<String> longestFirst = new ArrayList<>();

    Names(Map<String, T> byNormalisedName) {
        byName.putAll(byNormalisedName);
        longestFirst.addAll(byName.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    }

    static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('×', 'x');
        s = DECIMAL_POINT.matcher(s).replaceAll("\u0001");
        s = SEPARATORS.matcher(s).replaceAll(" ").replace('\u0001', '.');
        s = LETTERS_THEN_DIGIT.matcher(s).replaceAll(" ");
        s = TIMES.matcher(s).replaceAll(" x ");
        s = SPACES.matcher(s.trim()).replaceAll(" ");
        s = UNIT_GAP.matcher(s).replaceAll("$1");
        s = PLURAL.matcher(s).replaceAll("");
        return s;
    }

    /** Every name found in the (normalised) text, longest first, then by position. */
    List<Match<T>> findAll(String normalisedText) {
        String padded = " " + normalisedText + " ";
        List<Match<T>> found = new ArrayList<>();
        for (String name : longestFirst) {
            int at = padded.indexOf(" " + name + " ");
            while (at >= 0) {
                found.add(new Match<>(byName.get(name), name, at, at + name.length()));
                at = padded.indexOf(" " + name + " ", at + 1);
            }
        }
        found.sort(Comparator.<Match<T>>comparingInt(m -> -m.name().length()).thenComparingInt(Match::start));
        return found;
    }

    /**
     * A name found in normalised text; {@code start} and {@code end} index the text itself ({@code end} exclusive).
     */
    record Match<T>(T entry, String name, int start, int end) {

        String before(String normalisedText) {
            return normalisedText.substring(0, start).trim();
        }

        String after(String normalisedText) {
            return normalisedText
                    .substring(Math.min(end, normalisedText.length()))
                    .trim();
        }
    }
}
