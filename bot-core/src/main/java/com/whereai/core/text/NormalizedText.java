package com.whereai.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * User text prepared for matching: NFC, lower case, typographic quotes and dashes made plain, whitespace
 * collapsed. {@link #original()} keeps what the user wrote.
 */
public record NormalizedText(String original, String text) {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");

    public static NormalizedText of(String input) {
        String original = input == null ? "" : input;
        String text = Normalizer.normalize(original, Normalizer.Form.NFC);
        text = CONTROL.matcher(text).replaceAll("");
        text = text.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201c', '"')
                .replace('\u201d', '"')
                .replace('\u2013', '-')
                .replace('\u2014', '-')
                .replace('\u00a0', ' ');
        text = SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return new NormalizedText(original, text);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The text without a trailing question mark, full stop or exclamation mark. */
    public String withoutEndPunctuation() {
        return text.replaceAll("[?.!]+$", "").strip();
    }
}
