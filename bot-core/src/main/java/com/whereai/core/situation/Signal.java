package com.whereai.core.situation;

import java.util.Arrays;
import java.util.Optional;

/** Something a team's description says about its situation, with the id used in replies and JSON. */
public enum Signal {
    SENSITIVE_DATA("sensitive-data"),
    ON_PREMISES("on-premises"),
    OFFLINE("offline"),
    FRONTIER_MODEL("frontier-model"),
    BUILT_IN_FEATURES("built-in-features"),
    LARGE_SCALE("large-scale"),
    SMALL_SCALE("small-scale"),
    SHARED_USE("shared-use"),
    CLOUD_ECOSYSTEM("cloud-ecosystem"),
    UNEVEN_TRAFFIC("uneven-traffic"),
    CONSTANT_TRAFFIC("constant-traffic"),
    SHORT_PROJECT("short-project"),
    LONG_TERM("long-term"),
    HARDWARE_BUDGET("hardware-budget"),
    NO_HARDWARE_BUDGET("no-hardware-budget"),
    LOW_BUDGET("low-budget"),
    IT_STAFF("it-staff"),
    NO_IT_STAFF("no-it-staff"),
    SIMPLICITY("simplicity"),
    LOW_LATENCY("low-latency"),
    FINE_TUNING("fine-tuning"),
    UNCENSORED("uncensored"),
    GEOPOLITICAL_RISK("geopolitical-risk"),
    WEAK_DEVICES("weak-devices"),
    CERTIFICATIONS("certifications"),
    PROTOTYPE("prototype"),
    OPEN_MODEL("open-model"),
    COMMERCIAL_USE("commercial-use"),
    MODEL_SIZE("model-size"),
    AVAILABLE_VRAM("available-vram");

    private final String id;

    Signal(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The signal that says the opposite (no IT staff against IT staff), if there is one. */
    public Optional<Signal> opposite() {
        return Optional.ofNullable(Opposites.OF.get(this));
    }

    /** The pairs of signals that say opposite things: a follow-up or the model's reading replaces one with the other. */
    private static final class Opposites {
        static final java.util.Map<Signal, Signal> OF = pairs(
                IT_STAFF,
                NO_IT_STAFF,
                HARDWARE_BUDGET,
                NO_HARDWARE_BUDGET,
                SMALL_SCALE,
                LARGE_SCALE,
                UNEVEN_TRAFFIC,
                CONSTANT_TRAFFIC,
                SHORT_PROJECT,
                LONG_TERM);

        private static java.util.Map<Signal, Signal> pairs(Signal... pairs) {
            java.util.Map<Signal, Signal> map = new java.util.EnumMap<>(Signal.class);
            for (int i = 0; i < pairs.length; i += 2) {
                map.put(pairs[i], pairs[i + 1]);
                map.put(pairs[i + 1], pairs[i]);
            }
            return java.util.Collections.unmodifiableMap(map);
        }
    }

    public static Optional<Signal> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
