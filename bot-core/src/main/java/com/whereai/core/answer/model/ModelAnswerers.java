package com.whereai.core.answer.model;

import com.whereai.core.WhereAiBot;
import com.whereai.core.limits.UseLimits;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.time.Clock;

/** Free-form answers written by a model: the {@link ModelAnswerer} under its rate limit, concurrency bound and fallback. */
public final class ModelAnswerers {

    /** The name of the per-user limit on model answers. */
    public static final String MODEL_ANSWERS = "model-answers";

    private ModelAnswerers() {}

    /**
     * The answerer for free-form questions: {@link RetrievalFallback} around {@link PerUserRateLimit} around
     * {@link ConcurrencyBound} around the {@link ModelAnswerer} calling {@code model}.
     */
    public static WhereAiBot.AnswererFactory factory(StreamingChatModel model, ModelSettings settings, Clock clock) {
        return factory(model, settings, UseLimits.inMemory(clock));
    }

    /** @param limits where the per-user limit on model answers is counted */
    public static WhereAiBot.AnswererFactory factory(
            StreamingChatModel model, ModelSettings settings, UseLimits limits) {
        return (retrieval, texts, counters) -> new RetrievalFallback(
                new PerUserRateLimit(
                        new ConcurrencyBound(
                                new ModelAnswerer(model, settings, retrieval, texts, counters),
                                settings.maxConcurrency()),
                        limits.perMinute(MODEL_ANSWERS, settings.perUserPerMinute())),
                retrieval,
                texts,
                counters);
    }
}
