package com.whereai.core.conversation;

import static com.whereai.core.situation.Signal.*;

import com.whereai.core.situation.Signal;
import com.whereai.core.situation.Situation;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads what a follow-up says into the situation the conversation described before: what it says is added,
 * which takes out its opposite ("no IT staff" replaces "IT staff"); what it denies is taken back ("the data is
 * not sensitive after all"); a figure it gives (model size, VRAM, users) replaces the one before.
 */
public final class SituationMerge {

    private SituationMerge() {}

    public static Situation merge(Situation before, Situation said) {
        Set<Signal> signals = copy(before.signals());
        signals.removeAll(said.denied());
        for (Signal signal : said.signals()) {
            signal.opposite().ifPresent(signals::remove);
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

    private static Set<Signal> copy(Set<Signal> signals) {
        return signals.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(signals);
    }
}
