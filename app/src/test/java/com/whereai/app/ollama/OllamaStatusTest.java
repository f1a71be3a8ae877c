package com.whereai.app.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.answer.model.ModelSettings;
import com.whereai.core.answer.model.OllamaStub;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OllamaStatusTest {

    private OllamaStub ollama;

    @BeforeEach
    void start() throws Exception {
        ollama = new OllamaStub();
    }

    @AfterEach
    void stop() {
        ollama.close();
    }

    @Test
    void the_startup_check_tells_a_missing_model_from_an_unreachable_server() {
        assertThat(OllamaStatus.check(new ModelSettings(ollama.baseUrl(), "llama3.1:8b", Duration.ofSeconds(5), 2, 10)))
                .isEqualTo(OllamaStatus.State.READY);
        assertThat(OllamaStatus.check(new ModelSettings(ollama.baseUrl(), "qwen2.5:7b", Duration.ofSeconds(5), 2, 10)))
                .isEqualTo(OllamaStatus.State.MODEL_MISSING);
        assertThat(OllamaStatus.check(
                        new ModelSettings("http://127.0.0.1:9", "llama3.1:8b", Duration.ofSeconds(5), 2, 10)))
                .isEqualTo(OllamaStatus.State.UNREACHABLE);
    }
}
