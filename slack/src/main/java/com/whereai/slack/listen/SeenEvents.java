package com.whereai.slack.listen;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers event ids for a while, so an event Slack delivers again (X-Slack-Retry-Num) is answered once.
 */
public final class SeenEvents {

    private static final Duration KEEP = Duration.ofMinutes(15);
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final Clock clock;

    public SeenEvents(Clock clock) {
        this.clock = clock;
    }

    /** True the first time an id is offered (within the keep window), false for every repeat. */
    public boolean firstTime(String eventId) {
        if (eventId == null) {
            return true;
        }
        long now = clock.millis();
        if (seen.size() > PRUNE_ABOVE) {
            seen.values().removeIf(at -> now - at > KEEP.toMillis());
        }
        Long before = seen.putIfAbsent(eventId, now);
        if (before != null && now - before > KEEP.toMillis()) {
            seen.put(eventId, now);
            return true;
        }
        return before == null;
    }
}
