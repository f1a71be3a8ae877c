package com.whereai.slack.listen;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Event ids remembered in this process for a while; one replica alone, or tests. */
public final class InMemorySeenEvents implements SeenEvents {

    private static final Duration KEEP = SeenEvents.KEEP;
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemorySeenEvents(Clock clock) {
        this.clock = clock;
    }

    @Override
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
