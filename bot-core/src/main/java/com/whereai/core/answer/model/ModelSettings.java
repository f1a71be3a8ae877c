package com.whereai.core.answer.model;

import java.time.Duration;

/**
 * How the local model is used.
 *
 * @param timeout         the most the model may take to start answering, and to go silent mid-answer (OLLAMA_TIMEOUT)
 * @param maxConcurrency  model calls at once (OLLAMA_MAX_CONCURRENCY); more get the retrieval answer at once
 * @param perUserPerMinute model answers one user may get per minute; more get the retrieval answer
 */
public record ModelSettings(
        String baseUrl, String modelName, Duration timeout, int maxConcurrency, int perUserPerMinute) {

    public static final String DEFAULT_MODEL = "llama3.1:8b";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_CONCURRENCY = 2;
    public static final int DEFAULT_PER_USER_PER_MINUTE = 10;
}
