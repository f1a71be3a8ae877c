package com.whereai.core.compose;

import com.whereai.core.recommend.Weights;
import com.whereai.core.situation.Signal;
import com.whereai.core.situation.Situation;
import com.whereai.core.text.Numbers;
import com.whereai.knowledge.CriterionId;
import java.util.ArrayList;
import java.util.List;

/**
 * A situation written back in the command language's canonical words ("sensitive-data no-it-staff 70b 24gb
 * privacy=5"), for buttons that replay it. The parser reads them back to the same situation, whatever language
 * the user first wrote in, and they tell nothing of a language, so the card's language stays.
 */
final class SituationWords {

    private SituationWords() {}

    static String of(Situation situation, Weights weights) {
        List<String> words = new ArrayList<>();
        for (Signal signal : situation.signals()) {
            if (signal != Signal.MODEL_SIZE && signal != Signal.AVAILABLE_VRAM) {
                words.add(signal.id());
            }
        }
        situation.modelSize().ifPresent(b -> words.add(Numbers.compact(b) + "b"));
        situation.vram().ifPresent(gb -> words.add(Numbers.compact(gb) + "gb"));
        for (CriterionId c : CriterionId.values()) {
            if (weights.isExplicit(c)) {
                words.add(c.id() + "=" + Numbers.compact(weights.of(c)));
            }
        }
        return String.join(" ", words);
    }
}
