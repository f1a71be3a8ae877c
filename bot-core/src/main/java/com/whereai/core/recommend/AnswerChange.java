package com.whereai.core.recommend;

import com.whereai.core.situation.Signal;
import com.whereai.knowledge.OptionId;
import java.util.Optional;

/**
 * What would change the answer: with this signal added (or taken away), another option comes first.
 *
 * @param newTop the option that would come first, or null when every option would be ruled out
 */
public record AnswerChange(Signal signal, boolean added, OptionId newTop) {

    public Optional<OptionId> top() {
        return Optional.ofNullable(newTop);
    }
}
