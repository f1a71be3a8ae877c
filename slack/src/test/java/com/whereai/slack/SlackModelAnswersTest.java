package com.whereai.slack;

import static com.whereai.slack.support.SlackPayloads.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.core.WhereAiBot;
import com.whereai.core.answer.model.ModelSettings;
import com.whereai.core.answer.model.OllamaStub;
import com.whereai.core.answer.model.OllamaTestAnswerers;
import com.whereai.knowledge.Lang;
import com.whereai.slack.render.ButtonValue;
import com.whereai.slack.support.SlackApiStub;
import com.whereai.slack.support.SlackTestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Free-form answers written by the local model (an Ollama stub), shown in Slack as they are written. */
class SlackModelAnswersTest {

    private final ObjectMapper json = new ObjectMapper();
    private OllamaStub ollama;
    private SlackApiStub slack;
    private SlackTestServer server;
    private WhereAiBot bot;

    @BeforeEach
    void start() throws Exception {
        ollama = new OllamaStub();
        ollama.tokens = List.of(
                "Download Ollama ",
                "for your system, ",
                "pick a model, ",
                "copy its command ",
                "and run it in the terminal ",
                "[topic.ollama-steps].");
        ollama.tokenDelayMillis = 350;
        slack = new SlackApiStub();
        bot = new WhereAiBot(
                SlackTestServer.GUIDE,
                OllamaTestAnswerers.factory(
                        new ModelSettings(ollama.baseUrl(), "llama3.1:8b", Duration.ofSeconds(5), 2, 10)));
        server = new SlackTestServer(slack, bot);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        slack.close();
        ollama.close();
    }

    @Test
    void a_mention_gets_a_placeholder_updated_as_tokens_arrive_then_the_finished_card() throws Exception {
        server.postEvent(event("EvModel1", mention("<@UBOT> how do I install ollama?", "1700000000.000800")), Map.of());

        SlackApiStub.Call placeholder = slack.await("chat.postMessage");
        assertThat(placeholder.param("text")).contains("writing an answer");
        assertThat(placeholder.param("thread_ts")).isEqualTo("1700000000.000800");
        SlackApiStub.Call last = slack.await("chat.update", c -> c.param("blocks") != null);
        List<SlackApiStub.Call> updates = slack.calls("chat.update");
        assertThat(updates.size())
                .as("at least one update while streaming, then the card")
                .isGreaterThanOrEqualTo(2);
        assertThat(updates.get(0).param("text")).startsWith("Download Ollama").endsWith(" …");
        assertThat(updates).allSatisfy(u -> assertThat(u.param("ts")).isEqualTo("1700000000.000200"));
        String card = BlockTexts.of(json.readTree(last.param("blocks")));
        assertThat(card)
                .contains(
                        "Answer from the guide",
                        "Download Ollama for your system",
                        "Get started locally with Ollama",
                        "Good answer",
                        "Poor answer");
        assertThat(ollama.chatRequests.get(0)).contains("[topic.ollama-steps]");
    }

    @Test
    void a_slash_command_question_gets_a_placeholder_then_the_answer_in_its_place() throws Exception {
        server.postForm(slashCommand("hur installerar jag ollama?", slack.responseUrl("q1")));

        List<SlackApiStub.Call> responses = awaitResponses("/response/q1", 2);
        assertThat(responses.get(0).body()).contains("skriver ett svar");
        JsonNode answer = json.readTree(responses.get(1).body());
        assertThat(answer.get("replace_original").asBoolean()).isTrue();
        assertThat(BlockTexts.of(answer.get("blocks"))).contains("Svar ur guiden", "Bra svar");
    }

    @Test
    void when_the_answer_cannot_be_shown_the_placeholder_becomes_the_error_in_a_mention() throws Exception {
        ollama.tokens = List.of("Download Ollama.");
        ollama.tokenDelayMillis = 0;
        slack.answerOnce("chat.update", "{\"ok\":false,\"error\":\"invalid_blocks\"}");

        server.postEvent(event("EvModel2", mention("<@UBOT> how do I install ollama?", "1700000000.000900")), Map.of());

        slack.await(
                "chat.update", c -> c.param("text") != null && c.param("text").contains("Something went wrong"));
        List<SlackApiStub.Call> updates = slack.calls("chat.update");
        assertThat(updates).hasSize(2);
        assertThat(updates.get(1).param("ts")).isEqualTo(updates.get(0).param("ts"));
        assertThat(slack.calls("chat.postMessage"))
                .as("only the placeholder is posted; the error takes its place")
                .hasSize(1);
    }

    @Test
    void when_the_answer_cannot_be_shown_the_placeholder_becomes_the_error_in_a_slash_command() throws Exception {
        List<SlackApiStub.Call> responses = slashCommandWhoseAnswerIsRefused(
                "q2",
                "hur installerar jag ollama?",
                "Ladda ner Ollama.",
                "HTTP 400 {\"ok\":false,\"error\":\"invalid_blocks\"}");
        assertThat(responses.get(0).body()).contains("skriver ett svar");
        JsonNode error = json.readTree(responses.get(2).body());
        assertThat(error.get("replace_original").asBoolean()).isTrue();
        assertThat(error.get("text").asText()).startsWith("Något gick fel");
        assertThat(error.has("blocks")).isFalse();
    }

    @Test
    void when_the_response_url_refuses_the_answer_the_placeholder_becomes_the_error() throws Exception {
        List<SlackApiStub.Call> responses = slashCommandWhoseAnswerIsRefused(
                "q3",
                "how do I install ollama?",
                "Download Ollama.",
                "HTTP 500 {\"ok\":false,\"error\":\"internal_error\"}");
        assertThat(json.readTree(responses.get(1).body()).get("text").asText()).contains("Download Ollama.");
        JsonNode error = json.readTree(responses.get(2).body());
        assertThat(error.get("replace_original").asBoolean()).isTrue();
        assertThat(error.get("text").asText()).startsWith("Something went wrong");
    }

    @Test
    void thumbs_up_is_counted_and_thanked() throws Exception {
        server.postPayload(blockAction(
                "where-ai.command.3", ButtonValue.of("feedback up", Lang.EN).encode(), slack.responseUrl("fb")));

        assertThat(slack.await("/response/fb").body()).contains("Thanks");
        assertThat(bot.counters().thumbsUp()).isEqualTo(1);
    }

    /**
     * A slash command the model answers with {@code answer}: its response_url takes the placeholder, then answers the
     * model's answer with {@code refusal}. Returns the first three messages sent there (placeholder, answer, error).
     */
    private List<SlackApiStub.Call> slashCommandWhoseAnswerIsRefused(
            String id, String question, String answer, String refusal) throws Exception {
        ollama.tokens = List.of(answer);
        ollama.tokenDelayMillis = 0;
        slack.answerOnce("/response/" + id, "ok");
        slack.answerOnce("/response/" + id, refusal);

        server.postForm(slashCommand(question, slack.responseUrl(id)));

        return awaitResponses("/response/" + id, 3);
    }

    private List<SlackApiStub.Call> awaitResponses(String path, int count) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            List<SlackApiStub.Call> calls = slack.calls(path);
            if (calls.size() >= count) {
                return calls;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("fewer than " + count + " calls to " + path);
    }
}
