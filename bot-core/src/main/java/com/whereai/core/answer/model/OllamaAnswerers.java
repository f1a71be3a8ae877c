package com.whereai.core.answer.model;

import com.whereai.core.WhereAiBot;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import java.time.Clock;

/** The local Ollama model behind the free-form answers, through langchain4j-ollama. */
public final class OllamaAnswerers {

    private OllamaAnswerers() {
    }

    public static WhereAiBot.AnswererFactory factory(ModelSettings settings) {
        return (retrieval, texts, counters) -> new ModelAnswerer(OllamaStreamingChatModel.builder()
                .baseUrl(settings.baseUrl())
                .modelName(settings.modelName())
                .timeout(settings.timeout().multipliedBy(4))
                .temperature(0.2)
                .build(), settings, retrieval, texts, counters, Clock.systemUTC());
    }
}
