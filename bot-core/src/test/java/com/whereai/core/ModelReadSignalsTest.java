package com.whereai.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.answer.model.ModelSettings;
import com.whereai.core.answer.model.OllamaStub;
import com.whereai.core.answer.model.OllamaTestAnswerers;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.situation.Signal;
import com.whereai.core.situation.model.OllamaTestReaders;
import com.whereai.knowledge.Lang;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With a local model the bot also reads a description into signals (Ollama's structured output, through
 * langchain4j's real client against the Ollama stub): the model's signals join the rules', "I understood"
 * marks them, and whatever goes wrong with the model leaves the rules' reading alone.
 */
class ModelReadSignalsTest {

    private OllamaStub ollama;
    private WhereAiBot bot;

    @BeforeEach
    void start() throws Exception {
        ollama = new OllamaStub();
        ModelSettings settings = new ModelSettings(ollama.baseUrl(), "llama3.1:8b", Duration.ofSeconds(3), 2, 10);
        bot = new WhereAiBot(TestBot.GUIDE, OllamaTestAnswerers.factory(settings), OllamaTestReaders.reader(settings));
    }

    @AfterEach
    void stop() {
        ollama.close();
    }

    @Test
    void signals_only_the_model_read_join_the_rules_and_are_marked_as_the_models() {
        ollama.formatReply = "{\"signals\":[\"sensitive-data\",\"no-it-staff\"]}";

        Reply reply = bot.answer(
                new Query("We are a small accounting office with 6 people and a lot of payslips", null, Lang.EN, "U1"));

        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(reply.recommendation().situation().signals()).contains(Signal.SENSITIVE_DATA, Signal.NO_IT_STAFF);
        assertThat(notes(reply))
                .anyMatch(n -> n.startsWith("I understood:") && n.contains("no IT staff (read by the local model)"));
        assertThat(reply.recommendation().excluded())
                .extracting(e -> e.option().id())
                .contains("proprietary-api");
        assertThat(ollama.formatRequests()).hasSize(1);
        assertThat(ollama.formatRequests().get(0)).contains("\"format\"", "sensitive-data", "payslips");
    }

    @Test
    void unknown_ids_and_garbage_from_the_model_leave_the_rules_reading_alone() {
        ollama.formatReply = "{\"signals\":[\"gdpr-panic\", 42, \"sensitive-data\"]}";
        Reply known = bot.answer(new Query("We have patient records and an IT department", null, Lang.EN, "U2"));
        ollama.formatReply = "this is not json";
        Reply garbage = bot.answer(new Query("We have patient records and an IT department", null, Lang.EN, "U3"));

        assertThat(known.recommendation().situation().signals()).contains(Signal.SENSITIVE_DATA, Signal.IT_STAFF);
        assertThat(known.recommendation().situation().fromModel()).isEmpty();
        assertThat(garbage.recommendation().situation().signals()).contains(Signal.SENSITIVE_DATA, Signal.IT_STAFF);
        assertThat(notes(garbage)).noneMatch(n -> n.contains("local model"));
    }

    @Test
    void commands_and_questions_are_not_sent_to_the_model_for_reading() {
        ollama.formatReply = "{\"signals\":[\"sensitive-data\"]}";

        bot.answer(new Query("compare 1 2a", null, Lang.EN, "U4"));
        bot.answer(new Query("recommend privacy=5", null, Lang.EN, "U4"));

        assertThat(ollama.formatRequests()).isEmpty();
    }

    @Test
    void a_model_maker_named_in_a_yes_no_question_is_not_read_back_as_a_need_for_frontier_models() {
        ollama.formatReply = "{\"signals\":[\"frontier-model\",\"sensitive-data\"]}";

        Reply reply = bot.answer(new Query("Can we use Claude for our HR documents?", null, Lang.EN, "U5"));

        assertThat(reply.recommendation().situation().signals())
                .contains(Signal.SENSITIVE_DATA)
                .doesNotContain(Signal.FRONTIER_MODEL);
        assertThat(reply.body().get(0)).isInstanceOf(CardElement.Paragraph.class);
        assertThat(((CardElement.Paragraph) reply.body().get(0)).text()).startsWith("No – 5 Direct API");
    }

    private static List<String> notes(Reply reply) {
        return reply.body().stream()
                .filter(e -> e instanceof CardElement.Note)
                .map(e -> ((CardElement.Note) e).text())
                .toList();
    }
}
