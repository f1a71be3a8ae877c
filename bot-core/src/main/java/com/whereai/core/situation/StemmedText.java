package com.whereai.core.situation;

import com.whereai.knowledge.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * A text as words, each with its stem by Lucene's Snowball stemmer for Swedish and for English (the text's
 * language is not known for sure, so both are kept). Words split at spaces, hyphens and punctuation, like
 * Lucene's standard tokenizer.
 */
final class StemmedText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");

    private final List<String> words;
    private final List<String> sv;
    private final List<String> en;

    private StemmedText(List<String> words, List<String> sv, List<String> en) {
        this.words = words;
        this.sv = sv;
        this.en = en;
    }

    static StemmedText of(String lowerCaseText) {
        List<String> words = wordsOf(lowerCaseText);
        return new StemmedText(words, stems(words, new SwedishStemmer()), stems(words, new EnglishStemmer()));
    }

    /** A phrase's stems in one language. */
    static List<String> stemsOf(String lowerCasePhrase, Lang lang) {
        return stems(wordsOf(lowerCasePhrase), lang == Lang.SV ? new SwedishStemmer() : new EnglishStemmer());
    }

    /** A phrase's words, split as texts are. */
    static List<String> wordsOf(String lowerCasePhrase) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(lowerCasePhrase);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static List<String> stems(List<String> words, SnowballStemmer stemmer) {
        List<String> stems = new ArrayList<>(words.size());
        for (String word : words) {
            stemmer.setCurrent(word);
            stemmer.stem();
            stems.add(stemmer.getCurrent());
        }
        return stems;
    }

    List<String> words() {
        return words;
    }

    List<String> stems(Lang lang) {
        return lang == Lang.SV ? sv : en;
    }
}
