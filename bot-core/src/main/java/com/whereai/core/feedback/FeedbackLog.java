package com.whereai.core.feedback;

import java.util.Map;

/** Where thumbs up and down are kept. Implementations are thread-safe. */
public interface FeedbackLog {

    void record(FeedbackEntry entry);

    /** How many times each distinct entry was given. */
    Map<FeedbackEntry, Long> counts();
}
