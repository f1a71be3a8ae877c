package com.whereai.app.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.app.AppConfig;
import com.whereai.core.answer.model.ModelSettings;
import com.whereai.core.answer.model.OllamaStub;
import com.whereai.core.situation.Signal;
import com.whereai.core.situation.model.SituationReader;
import com.whereai.knowledge.Lang;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The app's configuration puts the local model behind the reading of descriptions, held to the JSON schema of the ids. */
class OllamaSituationReadersTest {

    private static final String TEXT = "Patient records, and nobody to run servers.";

    @Test
    void with_ollama_configured_the_model_reads_the_description_into_known_signals_under_the_users_limit()
            throws Exception {
        try (OllamaStub ollama = new OllamaStub()) {
            ollama.tokens = List.of("{\"signals\":[\"sensitive-data\",\"no-it-staff\",\"made-up\"]}");
            ModelSettings settings = AppConfig.from(Map.of(
                            "OLLAMA_BASE_URL",
                            ollama.baseUrl(),
                            "OLLAMA_TIMEOUT",
                            "5",
                            "OLLAMA_PER_USER_PER_MINUTE",
                            "1"))
                    .modelSettings()
                    .orElseThrow();
            SituationReader reader = OllamaSituationReaders.reader(settings);

            assertThat(reader.read(TEXT, Lang.EN, "U1"))
                    .containsExactlyInAnyOrder(Signal.SENSITIVE_DATA, Signal.NO_IT_STAFF);
            assertThat(reader.read(TEXT, Lang.EN, "U1")).isEmpty();

            assertThat(ollama.formatRequests())
                    .singleElement()
                    .asString()
                    .contains("\"format\"", "\"no-it-staff\"", TEXT)
                    .doesNotContain("\"model-size\"");
        }
    }

    @Test
    void a_failing_model_is_asked_once_and_reads_nothing() throws Exception {
        try (OllamaStub ollama = new OllamaStub()) {
            ollama.mode = OllamaStub.Mode.SERVER_ERROR;
            ModelSettings settings = AppConfig.from(Map.of("OLLAMA_BASE_URL", ollama.baseUrl(), "OLLAMA_TIMEOUT", "5"))
                    .modelSettings()
                    .orElseThrow();

            assertThat(OllamaSituationReaders.reader(settings).read(TEXT, Lang.EN, "U1"))
                    .isEmpty();
            assertThat(ollama.chatRequests).hasSize(1);
        }
    }
}
