package com.whereai.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.answer.model.OllamaStub;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With OLLAMA_BASE_URL, `ask` prints the model's tokens as they come, then the checked, cited answer. */
class AskWithModelTest {

    @Test
    void ask_streams_the_models_answer_then_prints_it_with_sources() throws Exception {
        try (OllamaStub ollama = new OllamaStub()) {
            ollama.tokens = List.of("Download Ollama ", "and run the command ", "[topic.ollama-steps].");

            CliRun run = CliRun.of(
                    Map.of("OLLAMA_BASE_URL", ollama.baseUrl(), "OLLAMA_TIMEOUT", "5"),
                    "",
                    "ask",
                    "How do I install Ollama?");

            assertThat(run.code()).isZero();
            assertThat(run.out())
                    .startsWith("Download Ollama and run the command [topic.ollama-steps].")
                    .contains(
                            "Answer from the guide",
                            "Download Ollama and run the command.",
                            "Sources: topic.ollama-steps",
                            "Written by the local model llama3.1:8b");
        }
    }

    @Test
    void ask_answers_from_the_guide_when_the_model_is_down() {
        CliRun run = CliRun.of(
                Map.of("OLLAMA_BASE_URL", "http://127.0.0.1:9", "OLLAMA_TIMEOUT", "2"),
                "",
                "ask",
                "How do I install Ollama?");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("could not answer right now", "Get started locally with Ollama");
    }

    @Test
    void a_malformed_ollama_timeout_is_named() {
        CliRun run = CliRun.of(Map.of("OLLAMA_TIMEOUT", "soon"), "", "ask", "help");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("where-ai: OLLAMA_TIMEOUT must be a positive number, was 'soon'");
    }
}
