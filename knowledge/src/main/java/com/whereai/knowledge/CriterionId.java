package com.whereai.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The nine criteria of the guide's comparison table, in the guide's order. */
public enum CriterionId {
    START_COST("start-cost"),
    USAGE_COST("usage-cost"),
    QUALITY("quality"),
    PRIVACY("privacy"),
    SCALABILITY("scalability"),
    SIMPLICITY("simplicity"),
    LATENCY("latency"),
    MAINTENANCE("maintenance"),
    CUSTOMISABILITY("customisability");

    private final String id;

    CriterionId(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<CriterionId> fromId(String id) {
        String key = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(key)).findFirst();
    }
}
