package com.whereai.core.conversation;

import com.whereai.core.recommend.RankedOption;
import com.whereai.core.recommend.Recommendation;
import com.whereai.core.situation.Situation;
import com.whereai.knowledge.CriterionId;
import com.whereai.knowledge.OptionId;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a conversation remembers after a recommendation or a "why not": the situation it was answered for, the
 * weights the user set, and the options that came first and second, so that a follow-up can say what changed.
 *
 * @param weights  the weights the user set explicitly ({@code privacy=5}); empty when none
 * @param top      the option that came first, or null when every option was ruled out
 * @param runnerUp the option that came second, or null
 */
public record ConversationState(
        Situation situation, Map<CriterionId, Double> weights, OptionId top, OptionId runnerUp) {

    public ConversationState {
        situation = situation == null ? Situation.NOTHING_KNOWN : situation;
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }

    /** What a recommendation leaves: its situation, the weights set explicitly, its first and second option. */
    public static ConversationState of(Recommendation rec) {
        Map<CriterionId, Double> explicit = new EnumMap<>(CriterionId.class);
        for (CriterionId c : CriterionId.values()) {
            if (rec.weights().isExplicit(c)) {
                explicit.put(c, rec.weights().of(c));
            }
        }
        return new ConversationState(
                rec.situation(),
                explicit,
                rec.top().map(RankedOption::option).orElse(null),
                rec.runnerUp().map(RankedOption::option).orElse(null));
    }

    /** Nothing said: no signal, no figure, no weight. */
    public boolean isEmpty() {
        return situation.signals().isEmpty() && weights.isEmpty();
    }
}
