package com.whereai.core.conversation;

import com.whereai.core.situation.Signal;
import com.whereai.core.situation.Situation;
import com.whereai.knowledge.CriterionId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a follow-up changed in the conversation's situation.
 *
 * Signals and criteria are kept in the enums' order, the order replies list them in.
 *
 * @param added      signals it added, and the model size or VRAM when it gave a new figure
 * @param takenBack  signals it took back, leaving out those replaced by their opposite (added already says so)
 * @param weightsSet the weights it set to a new value
 */
public record WhatChanged(Set<Signal> added, Set<Signal> takenBack, Map<CriterionId, Double> weightsSet) {

    public WhatChanged {
        added = added.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(added));
        takenBack = takenBack.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(takenBack));
        weightsSet = weightsSet.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(weightsSet));
    }

    public static WhatChanged between(
            Situation before,
            Map<CriterionId, Double> weightsBefore,
            Situation after,
            Map<CriterionId, Double> weightsAfter) {
        EnumSet<Signal> added = EnumSet.noneOf(Signal.class);
        EnumSet<Signal> takenBack = EnumSet.noneOf(Signal.class);
        for (Signal signal : Signal.values()) {
            if (after.has(signal) && !before.has(signal)) {
                added.add(signal);
            } else if (before.has(signal) && !after.has(signal)) {
                takenBack.add(signal);
            }
        }
        if (before.has(Signal.MODEL_SIZE)
                && after.has(Signal.MODEL_SIZE)
                && !Objects.equals(before.modelBillions(), after.modelBillions())) {
            added.add(Signal.MODEL_SIZE);
        }
        if (before.has(Signal.AVAILABLE_VRAM)
                && after.has(Signal.AVAILABLE_VRAM)
                && !Objects.equals(before.vramGb(), after.vramGb())) {
            added.add(Signal.AVAILABLE_VRAM);
        }
        added.forEach(signal -> signal.opposite().ifPresent(takenBack::remove));
        Map<CriterionId, Double> weightsSet = new EnumMap<>(CriterionId.class);
        weightsAfter.forEach((criterion, weight) -> {
            if (!weight.equals(weightsBefore.get(criterion))) {
                weightsSet.put(criterion, weight);
            }
        });
        return new WhatChanged(added, takenBack, weightsSet);
    }

    public boolean isEmpty() {
        return added.isEmpty() && takenBack.isEmpty() && weightsSet.isEmpty();
    }
}
