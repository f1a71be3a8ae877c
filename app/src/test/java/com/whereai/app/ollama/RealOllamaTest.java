package com.whereai.app.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.Query;
import com.whereai.core.TestBot;
import com.whereai.core.WhereAiBot;
import com.whereai.core.answer.AnswerPath;
import com.whereai.core.answer.model.ModelSettings;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Against a real Ollama, when one is configured: {@code OLLAMA_BASE_URL=http://localhost:11434 mvn -B verify -pl app -am
 * -Dtest=RealOllamaTest -Dsurefire.failIfNoSpecifiedTests=false} (OLLAMA_MODEL picks the model, default llama3.1:8b).
 * Skipped otherwise.
 */
@EnabledIfEnvironmentVariable(named = "OLLAMA_BASE_URL", matches = ".+")
class RealOllamaTest {

    @Test
    void a_real_model_answers_a_swedish_question_from_the_guide_with_sources() {
        String model = System.getenv().getOrDefault("OLLAMA_MODEL", ModelSettings.DEFAULT_MODEL);
        ModelSettings settings =
                new ModelSettings(System.getenv("OLLAMA_BASE_URL"), model, Duration.ofSeconds(120), 1, 10);
        assertThat(OllamaStatus.check(settings))
                .as("run `ollama pull %s`", model)
                .isEqualTo(OllamaStatus.State.READY);
        WhereAiBot bot = new WhereAiBot(TestBot.GUIDE, OllamaAnswerers.factory(settings));

        Reply reply = bot.answer(new Query("Hur installerar jag Ollama?", Lang.SV, Lang.SV));

        assertThat(bot.counters().answers(AnswerPath.MODEL)).isEqualTo(1);
        assertThat(reply.title()).isEqualTo("Svar ur guiden");
        assertThat(reply.sources()).isNotEmpty();
    }
}
