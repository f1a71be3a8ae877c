package com.whereai.core.questionnaire;

import com.whereai.core.situation.Signal;
import java.util.List;

/**
 * One answer to a questionnaire question, and the signals it stands for. The first signal is the one that defines
 * the answer: "Adjust" prefills it only when a situation has that signal.
 */
public record Choice(String id, List<Signal> signals) {

    public Choice {
        signals = List.copyOf(signals);
    }

    /** The signal that defines this answer; none for an answer that stands for no signal ("not sensitive"). */
    public java.util.Optional<Signal> defining() {
        return signals.stream().findFirst();
    }
}
