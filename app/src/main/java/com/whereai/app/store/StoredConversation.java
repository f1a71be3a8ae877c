package com.whereai.app.store;

import com.whereai.core.conversation.ConversationState;
import com.whereai.core.situation.Signal;
import com.whereai.core.situation.Situation;
import com.whereai.knowledge.CriterionId;
import com.whereai.knowledge.OptionId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A conversation's state as it is stored: enum names and figures only (never the user's text), so it reads back the
 * same on any replica and a later version can still read it.
 */
record StoredConversation(
        List<String> signals,
        Double modelBillions,
        Double vramGb,
        Long users,
        List<String> denied,
        List<String> fromModel,
        Map<String, Double> weights,
        String top,
        String runnerUp) {

    static StoredConversation of(ConversationState state) {
        Situation s = state.situation();
        Map<String, Double> weights = new java.util.LinkedHashMap<>();
        state.weights().forEach((c, w) -> weights.put(c.name(), w));
        return new StoredConversation(
                names(s.signals()),
                s.modelBillions(),
                s.vramGb(),
                s.users(),
                names(s.denied()),
                names(s.fromModel()),
                weights,
                state.top() == null ? null : state.top().name(),
                state.runnerUp() == null ? null : state.runnerUp().name());
    }

    /** The state; names this version does not know (a newer replica wrote them) are left out. */
    ConversationState toState() {
        Map<CriterionId, Double> known = new EnumMap<>(CriterionId.class);
        if (weights != null) {
            weights.forEach((name, w) -> constant(CriterionId.class, name).ifPresent(c -> known.put(c, w)));
        }
        return new ConversationState(
                new Situation(signals(signals), modelBillions, vramGb, users, signals(denied), signals(fromModel)),
                known,
                constant(OptionId.class, top).orElse(null),
                constant(OptionId.class, runnerUp).orElse(null));
    }

    private static List<String> names(Set<Signal> signals) {
        return signals.stream().map(Enum::name).toList();
    }

    private static Set<Signal> signals(List<String> names) {
        Set<Signal> found = EnumSet.noneOf(Signal.class);
        if (names != null) {
            names.forEach(n -> constant(Signal.class, n).ifPresent(found::add));
        }
        return found;
    }

    private static <E extends Enum<E>> java.util.Optional<E> constant(Class<E> type, String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
