package com.whereai.core.answer.model;

import com.whereai.core.WhereAiBot;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import java.time.Clock;

/**
 * The model answers as the app wires them (com.whereai.app.ollama.OllamaAnswerers), through langchain4j's real
 * Ollama client: for tests against the {@link OllamaStub} here and in the Slack and Teams adapters.
 */
public final class OllamaTestAnswerers {

    private OllamaTestAnswerers() {}

    public static WhereAiBot.AnswererFactory factory(ModelSettings settings) {
        return ModelAnswerers.factory(
                OllamaStreamingChatModel.builder()
                        .baseUrl(settings.baseUrl())
                        .modelName(settings.modelName())
                        .timeout(settings.timeout().multipliedBy(4))
                        .temperature(0.2)
                        .build(),
                settings,
                Clock.systemUTC());
    }
}
