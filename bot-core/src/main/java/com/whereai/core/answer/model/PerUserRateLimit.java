package com.whereai.core.answer.model;

import com.whereai.core.answer.QuestionAnswerer;
import com.whereai.core.answer.QuestionRequest;
import com.whereai.core.answer.model.ModelUnavailableException.Reason;
import com.whereai.core.reply.Reply;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * At most so many answers per user in any minute (a sliding window); past it the question is refused with
 * {@link Reason#RATE_LIMITED} before it reaches what this wraps. Questions with no known user (the command line)
 * are never limited. Only the times of recent questions are kept, for at most {@value #MAX_TRACKED_USERS} users.
 */
public final class PerUserRateLimit implements QuestionAnswerer {

    private static final long MINUTE_MILLIS = 60_000;
    private static final int MAX_TRACKED_USERS = 10_000;

    private final QuestionAnswerer inner;
    private final int perMinute;
    private final Clock clock;
    private final Map<String, Deque<Long>> recentByUser = new ConcurrentHashMap<>();

    public PerUserRateLimit(QuestionAnswerer inner, int perMinute, Clock clock) {
        this.inner = inner;
        this.perMinute = perMinute;
        this.clock = clock;
    }

    @Override
    public boolean streams() {
        return inner.streams();
    }

    /** @throws ModelUnavailableException RATE_LIMITED past the user's limit, or whatever the wrapped answerer throws */
    @Override
    public Reply answer(QuestionRequest request, Consumer<String> partials) {
        if (!allowedFor(request.userId())) {
            throw new ModelUnavailableException(Reason.RATE_LIMITED);
        }
        return inner.answer(request, partials);
    }

    private boolean allowedFor(String userId) {
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
