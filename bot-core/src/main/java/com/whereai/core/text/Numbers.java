package com.whereai.core.text;

import java.util.Locale;

/** Figures as replies show them: "70" for whole numbers, "1.5" with one decimal otherwise. */
public final class Numbers {

    private Numbers() {}

    public static String compact(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A number as people write it: "400 000", "3,000" and "1.200" with thousands separators, "1,5" with a decimal comma. */
    public static double parse(String written) {
        try {
            return parseStrictly(written);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static final java.util.regex.Pattern GROUPED =
            java.util.regex.Pattern.compile("(\\d{1,3}(?:[\\s\u00a0,.]\\d{3})+)(?:[.,](\\d{1,2}))?");

    private static double parseStrictly(String written) {
        String text = written.strip();
        java.util.regex.Matcher grouped = GROUPED.matcher(text);
        if (grouped.matches()) {
            String whole = grouped.group(1).replaceAll("[\\s\u00a0,.]", "");
            return Double.parseDouble(grouped.group(2) == null ? whole : whole + "." + grouped.group(2));
        }
        return Double.parseDouble(text.replace(',', '.'));
    }
}
