package com.whereai.core.situation.model;

import com.whereai.core.answer.model.ModelSettings;
import dev.langchain4j.model.ollama.OllamaChatModel;
import java.time.Clock;

/**
 * The situation reader as the app wires it (com.whereai.app.ollama.OllamaSituationReaders), through langchain4j's
 * real Ollama client: for tests against the {@code OllamaStub}.
 */
public final class OllamaTestReaders {

    private OllamaTestReaders() {}

    public static SituationReader reader(ModelSettings settings) {
        return new ModelSituationReader(
                OllamaChatModel.builder()
                        .baseUrl(settings.baseUrl())
                        .modelName(settings.modelName())
                        .timeout(settings.timeout().plusSeconds(1))
                        .maxRetries(0)
                        .build(),
                settings,
                Clock.systemUTC());
    }
}
