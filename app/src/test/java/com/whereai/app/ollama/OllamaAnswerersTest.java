package com.whereai.app.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.app.AppConfig;
import com.whereai.app.Bots;
import com.whereai.core.Query;
import com.whereai.core.TestBot;
import com.whereai.core.WhereAiBot;
import com.whereai.core.answer.AnswerPath;
import com.whereai.core.answer.model.OllamaStub;
import com.whereai.core.reply.CardElement;
import com.whereai.knowledge.Lang;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The app's configuration puts the local model behind free-form answers, under its rate limit, bound and fallback. */
class OllamaAnswerersTest {

    private static final Query QUESTION = new Query("How do I install Ollama?", Lang.EN, Lang.EN, "U1");

    @Test
    void with_ollama_configured_questions_stream_and_the_model_writes_the_answer() throws Exception {
        try (OllamaStub ollama = new OllamaStub()) {
            ollama.tokens = List.of("Download Ollama ", "and run the command ", "[topic.ollama-steps].");
            WhereAiBot bot = Bots.create(
                    TestBot.GUIDE,
                    AppConfig.from(Map.of(
                            "OLLAMA_BASE_URL",
                            ollama.baseUrl(),
                            "OLLAMA_TIMEOUT",
                            "5",
                            "OLLAMA_PER_USER_PER_MINUTE",
                            "1")));

            assertThat(bot.streams(QUESTION)).isTrue();
            assertThat(bot.answer(QUESTION).title()).isEqualTo("Answer from the guide");
            assertThat(bot.answer(QUESTION).body())
                    .filteredOn(CardElement.Note.class::isInstance)
                    .anySatisfy(
                            note -> assertThat(((CardElement.Note) note).text()).contains("many questions"));
            assertThat(bot.counters().answers(AnswerPath.MODEL)).isEqualTo(1);
            assertThat(bot.counters().answers(AnswerPath.FALLBACK)).isEqualTo(1);
        }
    }

    @Test
    void without_ollama_questions_are_answered_from_the_guide_at_once() {
        WhereAiBot bot = Bots.create(TestBot.GUIDE, AppConfig.from(Map.of()));

        assertThat(bot.streams(QUESTION)).isFalse();
        assertThat(bot.answer(QUESTION).title()).isNotEqualTo("Answer from the guide");
        assertThat(bot.counters().answers(AnswerPath.RETRIEVAL)).isEqualTo(1);
    }
}
