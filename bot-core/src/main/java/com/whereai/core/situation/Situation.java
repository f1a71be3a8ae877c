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
 * @param denied        signals the text said do not hold ("not sensitive", "no IT staff" denies it-staff), which a
 *                      follow-up uses to take back what an earlier message said
 * @param fromModel     the signals that only the local model read (the rules did not), for "I understood"
 */
public record Situation(
        Set<Signal> signals,
        Double modelBillions,
        Double vramGb,
        Long users,
        Set<Signal> denied,
        Set<Signal> fromModel) {

    public static final Situation NOTHING_KNOWN = new Situation(Set.of(), null, null, null);

    public Situation {
        signals = copy(signals);
        denied = copy(denied);
        fromModel = copy(fromModel);
    }

    public Situation(Set<Signal> signals, Double modelBillions, Double vramGb, Long users) {
        this(signals, modelBillions, vramGb, users, Set.of(), Set.of());
    }

    private static Set<Signal> copy(Set<Signal> signals) {
        return signals == null || signals.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(signals));
    }

    /** The same situation with {@code signal} taken back and denied, so no later reading adds it again. */
    public Situation denying(Signal signal) {
        EnumSet<Signal> fewer = signals.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(signals);
        fewer.remove(signal);
        EnumSet<Signal> moreDenied = denied.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(denied);
        moreDenied.add(signal);
        return new Situation(fewer, modelBillions, vramGb, users, moreDenied, fromModel);
    }

    /** The same situation with signals the local model read added (and marked as the model's where the rules missed them). */
    public Situation withModelSignals(Set<Signal> read) {
        EnumSet<Signal> more = signals.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(signals);
        EnumSet<Signal> onlyModel = fromModel.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(fromModel);
        for (Signal signal : read) {
            boolean contradicts = signal.opposite().filter(signals::contains).isPresent();
            if (!denied.contains(signal) && !contradicts && more.add(signal)) {
                onlyModel.add(signal);
            }
        }
        return new Situation(more, modelBillions, vramGb, users, denied, onlyModel);
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
        return new Situation(more, modelBillions, vramGb, users, denied, fromModel);
    }

    public Situation without(Signal signal) {
        EnumSet<Signal> fewer = signals.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(signals);
        fewer.remove(signal);
        return new Situation(
                fewer,
                signal == Signal.MODEL_SIZE ? null : modelBillions,
                signal == Signal.AVAILABLE_VRAM ? null : vramGb,
                users,
                denied,
                fromModel);
    }
}
