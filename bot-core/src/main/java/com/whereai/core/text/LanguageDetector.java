package com.whereai.core.text;

import com.whereai.knowledge.Lang;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells Swedish from English by common function words and the letters å, ä, ö. Two languages with very
 * different function words need no statistical model; an empty result means the text does not say
 * (a bare "2a" or "vram 70b"), and the caller's default applies.
 */
public final class LanguageDetector {

    /** Words; the parts of hyphenated ids ("sensitive-data", "no-it-staff") are left out: they tell no language. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d-])[\\p{L}']+(?![\\p{L}\\d-])");

    private static final Set<String> SWEDISH = Set.of(
            "och",
            "att",
            "det",
            "är",
            "en",
            "ett",
            "som",
            "på",
            "för",
            "med",
            "till",
            "av",
            "inte",
            "har",
            "vi",
            "jag",
            "du",
            "ni",
            "vår",
            "våra",
            "vad",
            "hur",
            "varför",
            "vilken",
            "vilka",
            "kan",
            "ska",
            "skall",
            "bör",
            "måste",
            "eller",
            "om",
            "men",
            "när",
            "var",
            "mycket",
            "ingen",
            "inga",
            "hjälp",
            "jämför",
            "alternativ",
            "vill",
            "behöver",
            "köra",
            "modell",
            "modellen",
            "data",
            "oss",
            "min",
            "mitt",
            "mina",
            "finns",
            "får",
            "också",
            "utan",
            "från",
            "någon",
            "något",
            "några",
            "alla",
            "begrepp",
            "licens",
            "licenser",
            "rekommendera",
            "förklara",
            "kunder",
            "användare",
            "säkerhet",
            "känslig",
            "känsliga",
            "dator",
            "datorn",
            "lokalt",
            "hyra",
            "köpa",
            "egen");

    private static final Set<String> ENGLISH = Set.of(
            "the",
            "and",
            "to",
            "is",
            "are",
            "a",
            "an",
            "of",
            "for",
            "with",
            "on",
            "in",
            "not",
            "we",
            "our",
            "i",
            "you",
            "what",
            "how",
            "why",
            "which",
            "can",
            "should",
            "must",
            "or",
            "if",
            "but",
            "when",
            "where",
            "very",
            "no",
            "help",
            "compare",
            "options",
            "want",
            "need",
            "run",
            "model",
            "data",
            "us",
            "my",
            "there",
            "also",
            "without",
            "from",
            "some",
            "any",
            "all",
            "concepts",
            "licence",
            "license",
            "licenses",
            "licences",
            "recommend",
            "explain",
            "customers",
            "users",
            "security",
            "sensitive",
            "computer",
            "locally",
            "rent",
            "buy",
            "own",
            "do",
            "does",
            "have",
            "has",
            "it",
            "this",
            "that",
            "be",
            "will",
            "would",
            "could",
            "team");

    public Optional<Lang> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int sv = 0;
        int en = 0;
        var words = WORD.matcher(lower);
        while (words.find()) {
            String word = words.group();
            if (SWEDISH.contains(word)) {
                sv += 2;
            }
            if (ENGLISH.contains(word)) {
                en += 2;
            }
            if (word.indexOf('å') >= 0 || word.indexOf('ä') >= 0 || word.indexOf('ö') >= 0) {
                sv += 1;
            }
        }
        if (sv == en) {
            return Optional.empty();
        }
        return Optional.of(sv > en ? Lang.SV : Lang.EN);
    }
}
