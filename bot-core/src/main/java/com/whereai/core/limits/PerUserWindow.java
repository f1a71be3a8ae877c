package com.whereai.core.limits;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most so many uses per user in any minute (a sliding window), shared by the local model's answers and its
 * reading of descriptions: a refused use is not counted, no known user (null, the command line) is never limited, and only the times of
 * recent uses are kept, for at most {@value #MAX_TRACKED_USERS} users.
 */
public final class PerUserWindow implements UseLimit {

    private static final long MINUTE_MILLIS = 60_000;
    private static final int MAX_TRACKED_USERS = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Deque<Long>> recentByUser = new ConcurrentHashMap<>();

    public PerUserWindow(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts one use for {@code userId} and says whether it is allowed. */
    @Override
    public boolean tryUse(String userId) {
        if (userId == null) {
            return true;
        }
        long now = clock.millis();
        Deque<Long> recent = recentByUser.computeIfAbsent(userId, id -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && now - recent.peekFirst() > MINUTE_MILLIS) {
                recent.pollFirst();
            }
            if (recent.size() >= perMinute) {
                return false;
            }
            recent.addLast(now);
        }
        if (recentByUser.size() > MAX_TRACKED_USERS) {
            recentByUser.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || now - times.peekLast() > MINUTE_MILLIS;
                }
            });
        }
        return true;
    }
}
