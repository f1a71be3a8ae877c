package com.whereai.core.feedback;

import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;

/**
 * One thumbs up or down: which kind of reply it was for, the option it was about (or null), its language. Never the
 * question or the answer.
 *
 * @param replyKind the reply's intent id ("question", "recommend")
 */
public record FeedbackEntry(String replyKind, OptionId option, Lang lang, boolean up) {

    public FeedbackEntry {
        if (replyKind == null || !replyKind.matches("[a-z-]{1,32}")) {
            throw new IllegalArgumentException("a reply kind is an intent id");
        }
        if (lang == null) {
            throw new IllegalArgumentException("feedback has a language");
        }
    }
}
