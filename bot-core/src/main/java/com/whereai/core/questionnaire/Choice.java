package com.whereai.core.questionnaire;

import com.whereai.core.situation.Signal;
import java.util.Set;

/** One answer to a questionnaire question, and the signals it stands for. */
public record Choice(String id, Set<Signal> signals) {

    public Choice {
        signals = Set.copyOf(signals);
    }
}
