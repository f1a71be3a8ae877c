package com.whereai.core.conversation;

import static com.whereai.core.situation.Signal.*;

import com.whereai.core.situation.Signal;
import com.whereai.core.situation.Situation;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a follow-up says into the situation the conversation described before: what it says is added,
 * which takes out its opposite ("no IT staff" replaces "IT staff"); what it denies is taken back ("the data is
 * not sensitive after all"); a figure it gives (model size, VRAM, users) replaces the one before.
 */
public final class SituationMerge {

    private static final Map<Signal, Signal> OPPOSITES = new EnumMap<>(Signal.class);

    static {
        opposites(IT_STAFF, NO_IT_STAFF);
        opposites(HARDWARE_BUDGET, NO_HARDWARE_BUDGET);
        opposites(SMALL_SCALE, LARGE_SCALE);
        opposites(UNEVEN_TRAFFIC, CONSTANT_TRAFFIC);
        opposites(SHORT_PROJECT, LONG_TERM);
    }

    private SituationMerge() {}

    public static Situation merge(Situation before, Situation said) {
        Set<Signal> signals = copy(before.signals());
        signals.removeAll(said.denied());
        for (Signal signal : said.signals()) {
            opposite(signal).ifPresent(signals::remove);
            signals.add(signal);
        }
        Double model = said.modelBillions() != null ? said.modelBillions() : before.modelBillions();
        Double vram = said.vramGb() != null ? said.vramGb() : before.vramGb();
        Long users = said.users() != null ? said.users() : before.users();
        Set<Signal> denied = copy(before.denied());
        denied.addAll(said.denied());
        denied.removeAll(signals);
        Set<Signal> fromModel = copy(before.fromModel());
        fromModel.removeAll(said.signals());
        fromModel.addAll(said.fromModel());
        fromModel.retainAll(signals);
        return new Situation(
                signals,
                signals.contains(MODEL_SIZE) ? model : null,
                signals.contains(AVAILABLE_VRAM) ? vram : null,
                users,
                denied,
                fromModel);
    }

    /** The signal that cannot hold together with this one ("no IT staff" for "IT staff"), if it has one. */
    public static Optional<Signal> opposite(Signal signal) {
        return Optional.ofNullable(OPPOSITES.get(signal));
    }

    private static void opposites(Signal a, Signal b) {
        OPPOSITES.put(a, b);
        OPPOSITES.put(b, a);
    }

    private static Set<Signal> copy(Set<Signal> signals) {
        return signals.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(signals);
    }
}
