package com.whereai.app.ollama;

import com.whereai.core.answer.model.ModelSettings;
import dev.langchain4j.model.ollama.OllamaModel;
import dev.langchain4j.model.ollama.OllamaModels;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** At start-up: asks the Ollama server which models it has (/api/tags) and says clearly what is wrong, if anything. */
public final class OllamaStatus {

    private static final Logger LOG = LoggerFactory.getLogger(OllamaStatus.class);

    public enum State {
        READY,
        MODEL_MISSING,
        UNREACHABLE
    }

    private OllamaStatus() {}

    public static State check(ModelSettings settings) {
        try {
            List<OllamaModel> models = OllamaModels.builder()
                    .baseUrl(settings.baseUrl())
                    .timeout(Duration.ofSeconds(5))
                    .build()
                    .availableModels()
                    .content();
            boolean present =
                    models != null && models.stream().anyMatch(m -> matches(m.getName(), settings.modelName()));
            if (present) {
                LOG.info(
                        "Ollama at {} has {}: free-form answers are written by it",
                        settings.baseUrl(),
                        settings.modelName());
                return State.READY;
            }
            LOG.warn(
                    "Ollama at {} does not have the model {}: run `ollama pull {}` (answering from the guide until then)",
                    settings.baseUrl(),
                    settings.modelName(),
                    settings.modelName());
            return State.MODEL_MISSING;
        } catch (RuntimeException e) {
            LOG.warn(
                    "Ollama at {} cannot be reached ({}): is `ollama serve` running? Answering from the guide until it is.",
                    settings.baseUrl(),
                    e.getMessage());
            return State.UNREACHABLE;
        }
    }

    private static boolean matches(String available, String wanted) {
        return available != null && (available.equals(wanted) || available.equals(wanted + ":latest"));
    }
}
