package com.whereai.core.feedback;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Feedback counted in this process only (the command line, tests); a database keeps it for a server. */
public final class InMemoryFeedbackLog implements FeedbackLog {

    private final Map<FeedbackEntry, Long> counts = new ConcurrentHashMap<>();

    @Override
    public void record(FeedbackEntry entry) {
        counts.merge(entry, 1L, Long::sum);
    }

    @Override
    public Map<FeedbackEntry, Long> counts() {
        return Map.copyOf(counts);
    }
}
