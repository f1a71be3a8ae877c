package com.whereai.core.text;

import java.util.Locale;

/** Figures as replies show them: "70" for whole numbers, "1.5" with one decimal otherwise. */
public final class Numbers {

    private Numbers() {
    }

    public static String compact(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
