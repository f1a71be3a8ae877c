package com.whereai.app.ollama;

import com.whereai.core.WhereAiBot;
import com.whereai.core.answer.model.ModelAnswerers;
import com.whereai.core.answer.model.ModelSettings;
import com.whereai.core.limits.UseLimits;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import java.time.Clock;

/** The local Ollama model behind the free-form answers, through langchain4j-ollama. */
public final class OllamaAnswerers {

    private OllamaAnswerers() {}

    public static WhereAiBot.AnswererFactory factory(ModelSettings settings) {
        return ModelAnswerers.factory(model(settings), settings, Clock.systemUTC());
    }

    /** @param limits where the per-user limit on answers is counted (the server's database) */
    public static WhereAiBot.AnswererFactory factory(ModelSettings settings, UseLimits limits) {
        return ModelAnswerers.factory(model(settings), settings, limits);
    }

    /** Its HTTP timeout ends a call the answerer gave up on, which holds its concurrency slot until then. */
    static OllamaStreamingChatModel model(ModelSettings settings) {
        return OllamaStreamingChatModel.builder()
                .baseUrl(settings.baseUrl())
                .modelName(settings.modelName())
                .timeout(settings.timeout().multipliedBy(4))
                .temperature(0.2)
                .build();
    }
}
