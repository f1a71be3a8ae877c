package com.whereai.app.ollama;

import com.whereai.core.answer.model.ModelSettings;
import com.whereai.core.limits.UseLimits;
import com.whereai.core.situation.model.ModelSituationReader;
import com.whereai.core.situation.model.SituationReader;
import dev.langchain4j.model.ollama.OllamaChatModel;
import java.time.Clock;

/** The local Ollama model reading descriptions into signals (structured output), through langchain4j-ollama. */
public final class OllamaSituationReaders {

    private OllamaSituationReaders() {}

    public static SituationReader reader(ModelSettings settings) {
        return new ModelSituationReader(model(settings), settings, Clock.systemUTC());
    }

    /** @param limits where the per-user limit on readings is counted (the server's database) */
    public static SituationReader reader(ModelSettings settings, UseLimits limits) {
        return new ModelSituationReader(
                model(settings), settings, limits.perMinute(SITUATION_READINGS, settings.perUserPerMinute()));
    }

    /** The name of the per-user limit on the model's readings of descriptions. */
    public static final String SITUATION_READINGS = "situation-readings";

    /**
     * Non-streaming: the whole reply is due within the timeout, so the HTTP timeout is barely longer; it ends a call
     * the reader gave up on (which holds its slot until then) and Ollama stops generating when the client goes. No
     * retries: a retry could not finish within the deadline anyway.
     */
    static OllamaChatModel model(ModelSettings settings) {
        return OllamaChatModel.builder()
                .baseUrl(settings.baseUrl())
                .modelName(settings.modelName())
                .timeout(settings.timeout().plusSeconds(1))
                .maxRetries(0)
                .temperature(0.0)
                .build();
    }
}
