package com.whereai.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The guide's six deployment options, in the guide's order, with the ids fixed in DESIGN.md. */
public enum OptionId {
    LOCAL("local", "1"),
    OWN_SERVER("own-server", "2A"),
    RENTED_SERVER("rented-server", "2B"),
    INFERENCE_API("inference-api", "3"),
    CLOUD_PLATFORM("cloud-platform", "4"),
    PROPRIETARY_API("proprietary-api", "5");

    private final String id;
    private final String guideNumber;

    OptionId(String id, String guideNumber) {
        this.id = id;
        this.guideNumber = guideNumber;
    }

    /** The stable id, such as {@code own-server}. */
    public String id() {
        return id;
    }

    /** The number the guide gives it, such as {@code 2A}. */
    public String guideNumber() {
        return guideNumber;
    }

    /** The knowledge entry id of the option as a whole, such as {@code option.own-server}. */
    public String entryId() {
        return "option." + id;
    }

    /** Finds an option by its id or its guide number ({@code 2b}, {@code 2B}, {@code rented-server}). */
    public static Optional<OptionId> fromIdOrNumber(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(o -> o.id.equals(key)
                        || o.guideNumber.toLowerCase(Locale.ROOT).equals(key))
                .findFirst();
    }
}
