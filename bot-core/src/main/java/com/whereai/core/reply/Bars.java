package com.whereai.core.reply;

/** A chart bar drawn with block characters, for surfaces that show text only. */
public final class Bars {

    private Bars() {}

    /** A bar {@code width} characters long for the largest value, at least one character for any value above zero. */
    public static String of(double value, double max, int width) {
        if (max <= 0 || value <= 0) {
            return "";
        }
        int length = (int) Math.max(1, Math.round(value / max * width));
        return "█".repeat(Math.min(width, length));
    }
}
