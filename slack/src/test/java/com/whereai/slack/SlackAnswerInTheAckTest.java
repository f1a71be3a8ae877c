package com.whereai.slack;

import static com.whereai.slack.support.SlackPayloads.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.core.WhereAiBot;
import com.whereai.core.answer.QuestionAnswerer;
import com.whereai.slack.support.SlackApiStub;
import com.whereai.slack.support.SlackTestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reply computed within the request goes in the ack; when computing it fails, the ack says so kindly. */
class SlackAnswerInTheAckTest {

    private final ObjectMapper json = new ObjectMapper();
    private SlackApiStub slack;
    private SlackTestServer server;

    /** Free-form questions fail; everything else the bot answers as usual. */
    @BeforeEach
    void start() throws Exception {
        slack = new SlackApiStub();
        QuestionAnswerer broken = (question, partials) -> {
            throw new IllegalStateException("the index is gone");
        };
        server = new SlackTestServer(slack, new WhereAiBot(SlackTestServer.GUIDE, retrieval -> broken));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        slack.close();
    }

    @Test
    void a_reply_that_fails_while_acking_gets_a_friendly_private_error_not_a_500() throws Exception {
        HttpResponse<String> ack = server.postForm(slashCommand("why is the sky blue?", slack.responseUrl("broken")));

        assertThat(ack.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(ack.body());
        assertThat(body.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(body.get("text").asText()).isNotBlank().doesNotContain("index is gone", "Exception");
    }

    @Test
    void a_command_computed_at_once_is_in_the_ack_and_the_response_url_stays_unused() throws Exception {
        HttpResponse<String> ack = server.postForm(slashCommand("compare 1 3", slack.responseUrl("fast")));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(json.readTree(ack.body()).get("blocks").toString()).contains("3 Inference API");
        Thread.sleep(300);
        assertThat(slack.calls()).noneMatch(c -> c.path().startsWith("/response/"));
    }

    @Test
    void when_no_worker_can_take_slow_work_the_ack_says_so_in_the_users_language() throws Exception {
        java.util.concurrent.ExecutorService full = java.util.concurrent.Executors.newSingleThreadExecutor();
        full.shutdown(); // rejects everything, as a pool with a full queue does
        try (SlackApiStub busySlack = new SlackApiStub();
                SlackTestServer busy = new SlackTestServer(
                        busySlack, new WhereAiBot(SlackTestServer.GUIDE, retrieval -> retrieval), full)) {
            // "2b" does not tell its language: the user's Slack locale must be asked first, which is slow work
            HttpResponse<String> ack = busy.postForm(slashCommand("2b", busySlack.responseUrl("busy")));

            assertThat(ack.statusCode()).isEqualTo(200);
            JsonNode body = json.readTree(ack.body());
            assertThat(body.get("response_type").asText()).isEqualTo("ephemeral");
            assertThat(body.get("text").asText()).startsWith("Just nu kommer för många frågor");
            assertThat(busySlack.calls())
                    .as("nothing called on a request thread")
                    .noneMatch(
                            c -> c.path().startsWith("/response/") || c.path().contains("users.info"));
        }
    }
}
