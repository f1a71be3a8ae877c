package com.whereai.knowledge;

/** One text in Swedish and English. */
public record LocalizedText(String sv, String en) {

    public String in(Lang lang) {
        return lang == Lang.SV ? sv : en;
    }

    public static LocalizedText of(String sv, String en) {
        return new LocalizedText(sv, en);
    }
}
