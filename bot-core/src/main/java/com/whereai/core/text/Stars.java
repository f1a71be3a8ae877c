package com.whereai.core.text;

/** The guide's star notation: 3 of 5 is "★★★☆☆". */
public final class Stars {

    private static final String[] WRITTEN = {"☆☆☆☆☆", "★☆☆☆☆", "★★☆☆☆", "★★★☆☆", "★★★★☆", "★★★★★"};

    private Stars() {}

    public static String of(int stars) {
        if (stars < 0 || stars > 5) {
            throw new IllegalArgumentException("stars must be 0..5: " + stars);
        }
        return WRITTEN[stars];
    }
}
