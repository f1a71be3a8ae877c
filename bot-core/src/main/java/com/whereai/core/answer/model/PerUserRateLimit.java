package com.whereai.core.answer.model;

import com.whereai.core.answer.QuestionAnswerer;
import com.whereai.core.answer.QuestionRequest;
import com.whereai.core.answer.model.ModelUnavailableException.Reason;
import com.whereai.core.limits.PerUserWindow;
import com.whereai.core.limits.UseLimit;
import com.whereai.core.reply.Reply;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * At most so many answers per user in any minute (a sliding window); past it the question is refused with
 * {@link Reason#RATE_LIMITED} before it reaches what this wraps. Questions with no known user (the command line)
 * are never limited ({@link PerUserWindow}).
 */
public final class PerUserRateLimit implements QuestionAnswerer {

    private final QuestionAnswerer inner;
    private final UseLimit window;

    public PerUserRateLimit(QuestionAnswerer inner, int perMinute, Clock clock) {
        this(inner, new PerUserWindow(perMinute, clock));
    }

    /** @param window the per-user limit, counted wherever it is kept (this process, or a database replicas share) */
    public PerUserRateLimit(QuestionAnswerer inner, UseLimit window) {
        this.inner = inner;
        this.window = window;
    }

    @Override
    public boolean streams() {
        return inner.streams();
    }

    /** @throws ModelUnavailableException RATE_LIMITED past the user's limit, or whatever the wrapped answerer throws */
    @Override
    public Reply answer(QuestionRequest request, Consumer<String> partials) {
        if (!window.tryUse(request.userId())) {
            throw new ModelUnavailableException(Reason.RATE_LIMITED);
        }
        return inner.answer(request, partials);
    }
}
