package com.whereai.knowledge;

import java.util.Locale;

/** Writes a VRAM table row the way the guide does: "8–10 GB", "80+ GB", "10 000–15 000 kr", "40 000 kr +". */
public final class VramRowText {

    private VramRowText() {}

    public static String modelSize(VramRow row, Lang lang) {
        String billions = lang == Lang.SV ? "miljarder" : "billion";
        return (row.isOpenEnded() ? ">" : "") + formatNumber(row.billionParameters(), lang) + " " + billions;
    }

    public static String vram(VramRow row) {
        return row.vramMax().map(max -> row.vramGbMin() + "–" + max + " GB").orElse(row.vramGbMin() + "+ GB");
    }

    public static String price(VramRow row, Lang lang) {
        String min = sek(row.priceSekMin(), lang);
        return row.priceMax()
                .map(max -> lang == Lang.SV ? min + "–" + sek(max, lang) + " kr" : "SEK " + min + "–" + sek(max, lang))
                .orElse(lang == Lang.SV ? min + " kr +" : "SEK " + min + "+");
    }

    public static String describe(VramRow row, Lang lang) {
        String params = lang == Lang.SV ? " parametrar: ca " : " parameters: about ";
        return modelSize(row, lang) + params + vram(row) + " VRAM. "
                + row.machine().in(lang) + " (" + price(row, lang) + ").";
    }

    /** Thousands grouped as the language writes them: "10 000" in Swedish, "10,000" in English. */
    public static String sek(int amount, Lang lang) {
        String grouped = String.format(Locale.ROOT, "%,d", amount);
        return lang == Lang.SV ? grouped.replace(',', ' ') : grouped;
    }

    private static String formatNumber(double value, Lang lang) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        return lang == Lang.SV ? text.replace('.', ',') : text;
    }
}
