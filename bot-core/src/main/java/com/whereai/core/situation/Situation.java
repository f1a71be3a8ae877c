package com.whereai.core.situation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a team told us about itself: the signals, and the figures some of them carry.
 *
 * @param modelBillions model size in billions of parameters, or null
 * @param vramGb        VRAM the team has, in GB, or null
 * @param users         number of users mentioned, or null
 */
public record Situation(Set<Signal> signals, Double modelBillions, Double vramGb, Long users) {

    public static final Situation NOTHING_KNOWN = new Situation(Set.of(), null, null, null);

    public Situation {
        signals = signals.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(signals));
    }

    public static Situation of(Signal... signals) {
        return new Situation(signals.length == 0 ? Set.of() : EnumSet.of(signals[0], signals), null, null, null);
    }

    public boolean has(Signal signal) {
        return signals.contains(signal);
    }

    public boolean isEmpty() {
        return signals.isEmpty();
    }

    public Optional<Double> modelSize() {
        return Optional.ofNullable(modelBillions);
    }

    public Optional<Double> vram() {
        return Optional.ofNullable(vramGb);
    }

    public Situation with(Signal signal) {
        EnumSet<Signal> more = signals.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(signals);
        more.add(signal);
        return new Situation(more, modelBillions, vramGb, users);
    }

    public Situation without(Signal signal) {
        EnumSet<Signal> fewer = signals.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(signals);
        fewer.remove(signal);
        return new Situation(fewer, signal == Signal.MODEL_SIZE ? null : modelBillions,
                signal == Signal.AVAILABLE_VRAM ? null : vramGb, users);
    }
}
