package com.whereai.core.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Swedish and English text into index terms: lower case, stop words dropped, and a light suffix
 * strip so that "servrar"/"server" and "models"/"model" meet.
 */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d][\\p{L}\\d.+-]*[\\p{L}\\d]|[\\p{L}\\d]");
    private static final Set<String> STOP = Set.of(
            "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "is", "are", "be", "it", "its", "this",
            "that", "what", "how", "why", "when", "which", "who", "do", "does", "can", "i", "we", "you", "our", "my", "me",
            "us", "at", "by", "as", "if", "so", "than", "then", "there", "about", "from", "into", "will", "would", "should",
            "och", "att", "det", "som", "en", "ett", "är", "på", "för", "med", "till", "av", "om", "vad", "hur", "varför",
            "när", "vilken", "vilket", "vilka", "jag", "vi", "du", "ni", "den", "de", "har", "kan", "ska", "bör", "man",
            "min", "mitt", "vår", "vårt", "våra", "er", "ert", "era", "sig", "så", "än", "då", "eller", "men", "inte",
            "finns", "får", "också", "någon", "något", "mycket", "guide", "guiden");
    private static final String[] SUFFIXES = {
        "erna", "arna", "orna", "heten", "ernas", "arnas", "ande", "ende", "ing", "ingen", "ings", "ies", "es", "er", "ar", "or",
        "en", "et", "na", "s", "e", "a", "n"};

    private Tokenizer() {
    }

    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = m.group();
            if (!STOP.contains(word)) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

    static String stem(String word) {
        if (word.length() <= 4 || !Character.isLetter(word.charAt(word.length() - 1))) {
            return word;
        }
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
