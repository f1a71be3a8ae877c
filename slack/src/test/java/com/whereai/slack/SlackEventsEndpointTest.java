package com.whereai.slack;

import static com.whereai.slack.support.SlackPayloads.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.slack.render.ButtonValue;
import com.whereai.slack.support.SlackApiStub;
import com.whereai.slack.support.SlackTestServer;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed Slack requests through the real Jetty server; what the adapter sends back lands in a recording stub. */
class SlackEventsEndpointTest {

    private final ObjectMapper json = new ObjectMapper();
    private SlackApiStub slack;
    private SlackTestServer server;

    @BeforeEach
    void start() throws Exception {
        slack = new SlackApiStub();
        server = new SlackTestServer(slack);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        slack.close();
    }

    @Test
    void a_slash_command_answered_at_once_comes_back_privately_in_the_ack_with_a_share_button() throws Exception {
        HttpResponse<String> ack = server.postForm(slashCommand("compare 1 2a", slack.responseUrl("cmd1")));

        assertThat(ack.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(ack.body());
        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.get("text").asText()).isNotBlank();
        assertThat(answer.get("blocks").get(0).get("type").asText()).isEqualTo("header");
        assertThat(answer.get("blocks").toString()).contains("★★☆☆☆", "where-ai.share", "Share in channel");
        assertThat(slack.calls())
                .as("nothing queued, nothing sent to the response_url")
                .noneMatch(c -> c.path().startsWith("/response/"));
    }

    @Test
    void the_reply_follows_the_users_language() throws Exception {
        JsonNode answer = json.readTree(server.slashCommandAnswer("jämför 1 2a", slack, "sv"));
        assertThat(answer.get("blocks").toString()).contains("Jämförelse enligt guiden", "Dela i kanalen");
    }

    @Test
    void text_that_does_not_tell_is_answered_in_the_users_slack_locale() throws Exception {
        slack.answer("users.info", "{\"ok\":true,\"user\":{\"id\":\"U1\",\"locale\":\"en-GB\"}}");

        server.postForm(slashCommand("2b", slack.responseUrl("loc")));

        assertThat(slack.await("/response/loc").body())
                .as("the locale lookup is slow work: answered through the response_url")
                .contains("Rented server");
        assertThat(slack.await("users.info").param("include_locale")).isIn("true", "1");
    }

    @Test
    void the_bare_command_opens_the_questionnaire_with_the_trigger_id() throws Exception {
        HttpResponse<String> ack = server.postForm(slashCommand("", slack.responseUrl("modal")));

        assertThat(ack.statusCode()).isEqualTo(200);
        SlackApiStub.Call open = slack.await("views.open");
        assertThat(open.param("trigger_id")).isEqualTo("trigger-123");
        JsonNode view = json.readTree(open.param("view"));
        assertThat(view.get("type").asText()).isEqualTo("modal");
        assertThat(view.get("callback_id").asText()).isEqualTo("where-ai.questionnaire");
        assertThat(json.readTree(view.get("private_metadata").asText())
                        .get("channel")
                        .asText())
                .isEqualTo("C1");
    }

    @Test
    void recommend_alone_opens_the_questionnaire_too() throws Exception {
        server.postForm(slashCommand("rekommendera", slack.responseUrl("rek")));

        assertThat(json.readTree(slack.await("views.open").param("view"))
                        .get("title")
                        .get("text")
                        .asText())
                .isEqualTo("Var ska AI:n bo?");
    }

    @Test
    void when_slack_cannot_open_the_questionnaire_the_user_gets_a_notice_not_a_500() throws Exception {
        slack.answer("views.open", "{\"ok\":false,\"error\":\"expired_trigger_id\"}");

        HttpResponse<String> ack = server.postForm(slashCommand("", slack.responseUrl("modal-failed")));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("ephemeral", "frågorna");
    }

    @Test
    void unsigned_stale_and_tampered_requests_are_refused_with_401() throws Exception {
        String body = SlackTestServer.encode(slashCommand("help", slack.responseUrl("x")));

        assertThat(server.post(body, "application/x-www-form-urlencoded", SlackTestServer.nowSeconds(), false, Map.of())
                        .statusCode())
                .isEqualTo(401);
        assertThat(server.post(
                                body,
                                "application/x-www-form-urlencoded",
                                SlackTestServer.nowSeconds() - 6 * 60,
                                true,
                                Map.of())
                        .statusCode())
                .isEqualTo(401);
        Map<String, String> tampered = new LinkedHashMap<>();
        tampered.put("X-Slack-Signature", "v0=" + "0".repeat(64));
        tampered.put("X-Slack-Request-Timestamp", Long.toString(SlackTestServer.nowSeconds()));
        assertThat(server.post(body, "application/x-www-form-urlencoded", SlackTestServer.nowSeconds(), false, tampered)
                        .statusCode())
                .isEqualTo(401);
        Thread.sleep(200);
        assertThat(slack.calls()).noneMatch(c -> c.path().startsWith("/response/"));
    }

    @Test
    void user_text_echoed_back_is_escaped() throws Exception {
        JsonNode blocks = json.readTree(
                        server.slashCommandAnswer("compare <!channel> <https://evil.example|bank>", slack, "esc"))
                .get("blocks");
        String shown = BlockTexts.of(blocks);
        assertThat(shown)
                .doesNotContain("<!channel", "<https://evil.example")
                .contains("&lt;https://evil.example|bank&gt;");
    }

    @Test
    void a_card_button_answers_its_command_privately_in_the_cards_language() throws Exception {
        server.postPayload(blockAction(
                "where-ai.command.0",
                ButtonValue.of("2a", com.whereai.knowledge.Lang.EN).encode(),
                slack.responseUrl("btn")));

        JsonNode answer = json.readTree(slack.await("/response/btn").body());
        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.get("replace_original").asBoolean()).isFalse();
        assertThat(answer.get("blocks").toString()).contains("2A – Your own server, bought (on-premises)");
    }

    @Test
    void a_button_on_app_home_answers_in_a_direct_message() throws Exception {
        server.postPayload(homeButton(
                "where-ai.command.option-3",
                ButtonValue.of("3", com.whereai.knowledge.Lang.SV).encode()));

        SlackApiStub.Call post = slack.await("chat.postMessage");
        assertThat(post.param("channel")).isEqualTo("U1");
        assertThat(post.param("blocks")).contains("Specialiserade inference-API-leverantörer");
    }

    @Test
    void share_posts_the_card_publicly_where_the_user_is_attributed_to_them_and_removes_the_private_copy()
            throws Exception {
        server.postPayload(blockAction(
                "where-ai.share",
                ButtonValue.of("recommend patient records", com.whereai.knowledge.Lang.EN)
                        .encode(),
                slack.responseUrl("share")));

        SlackApiStub.Call post = slack.await("/response/share", c -> c.body().contains("in_channel"));
        JsonNode shared = json.readTree(post.body());
        assertThat(shared.get("response_type").asText()).isEqualTo("in_channel");
        assertThat(shared.get("replace_original").asBoolean()).isFalse();
        assertThat(BlockTexts.of(shared.get("blocks"))).contains("Shared by <@U1>", "Recommendation:");
        assertThat(post.body()).doesNotContain("where-ai.share");
        assertThat(slack.await(
                        "/response/share", c -> c.body().replaceAll("\\s", "").contains("\"delete_original\":true")))
                .isNotNull();
        assertThat(slack.calls("chat.postMessage"))
                .as("no bot membership needed")
                .isEmpty();
    }

    @Test
    void the_questionnaire_answer_goes_back_privately_where_the_user_started() throws Exception {
        Map<String, com.fasterxml.jackson.databind.node.ObjectNode> values = new LinkedHashMap<>();
        values.put("data", selected("sensitive"));
        values.put("expertise", selected("no-it-staff"));
        values.put("needs", checked("low-latency"));
        values.put("model-size", typed("13b"));
        values.put("vram", typed(""));
        values.put("users", typed("40"));
        values.put("requests", typed("10"));

        HttpResponse<String> ack = server.postPayload(viewSubmission("{\"channel\":\"C1\",\"lang\":\"en\"}", values));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).doesNotContain("errors");
        SlackApiStub.Call post = slack.await("chat.postEphemeral");
        assertThat(post.param("channel")).isEqualTo("C1");
        assertThat(post.param("user")).isEqualTo("U1");
        assertThat(post.param("blocks"))
                .contains(
                        "Recommendation:",
                        "I understood: sensitive data",
                        "no IT staff",
                        "where-ai.questionnaire",
                        "Adjust",
                        "a month for your workload");
    }

    @Test
    void unreadable_figures_in_the_questionnaire_get_inline_errors() throws Exception {
        HttpResponse<String> ack = server.postPayload(
                viewSubmission("{\"channel\":\"C1\",\"lang\":\"sv\"}", Map.of("vram", typed("massor"))));

        JsonNode body = json.readTree(ack.body());
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(body.get("response_action").asText()).isEqualTo("errors");
        assertThat(body.get("errors").get("vram").asText()).startsWith("Skriv antal GB");
        Thread.sleep(200);
        assertThat(slack.calls("chat.postEphemeral")).isEmpty();
    }

    @Test
    void change_answers_reopens_the_questionnaire_prefilled() throws Exception {
        server.postPayload(blockAction(
                "where-ai.questionnaire",
                ButtonValue.of("recommend sensitive-data no-it-staff 13b", com.whereai.knowledge.Lang.EN)
                        .encode(),
                slack.responseUrl("chg")));

        JsonNode view = json.readTree(slack.await("views.open").param("view"));
        assertThat(view.toString()).contains("\"initial_option\"", "\"initial_value\":\"13b\"");
        assertThat(view.get("title").get("text").asText()).isEqualTo("Where should AI run?");
    }

    @Test
    void opening_app_home_publishes_the_home_tab() throws Exception {
        HttpResponse<String> ack = server.postEvent(event("EvHome1", homeOpened()), Map.of());

        assertThat(ack.statusCode()).isEqualTo(200);
        SlackApiStub.Call publish = slack.await("views.publish");
        assertThat(publish.param("user_id")).isEqualTo("U1");
        JsonNode view = json.readTree(publish.param("view"));
        assertThat(view.get("type").asText()).isEqualTo("home");
        assertThat(view.toString()).contains("where-ai.questionnaire", "2A", "/where-ai");
    }

    @Test
    void a_mention_is_answered_once_in_its_thread_even_when_slack_retries() throws Exception {
        String mention = event("EvMention1", mention("<@UBOT> what is vram?", "1700000000.000500"));

        assertThat(server.postEvent(mention, Map.of()).statusCode()).isEqualTo(200);
        assertThat(server.postEvent(mention, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                        .statusCode())
                .isEqualTo(200);

        SlackApiStub.Call post = slack.await("chat.postMessage");
        assertThat(post.param("thread_ts")).isEqualTo("1700000000.000500");
        assertThat(post.param("channel")).isEqualTo("C1");
        assertThat(post.param("blocks")).contains("VRAM", "Video Random-Access Memory");
        Thread.sleep(300);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void a_direct_message_is_answered_in_the_writers_language() throws Exception {
        server.postEvent(event("EvDm1", directMessage("vad är en gpu?", "1700000000.000600")), Map.of());

        SlackApiStub.Call post = slack.await("chat.postMessage");
        assertThat(post.param("channel")).isEqualTo("D1");
        assertThat(post.param("blocks")).contains("professor");
    }

    @Test
    void messages_from_bots_and_unsubscribed_events_are_acknowledged_and_left_alone() throws Exception {
        var fromBot = directMessage("hello", "1700000000.000700").put("bot_id", "BOTHER");
        var reaction = new ObjectMapper()
                .createObjectNode()
                .put("type", "reaction_added")
                .put("user", "U1")
                .put("reaction", "thumbsup");

        assertThat(server.postEvent(event("EvBot1", fromBot), Map.of()).statusCode())
                .isEqualTo(200);
        assertThat(server.postEvent(event("EvReaction1", reaction), Map.of()).statusCode())
                .isEqualTo(200);
        Thread.sleep(300);
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void slacks_url_verification_challenge_is_answered() throws Exception {
        HttpResponse<String> response =
                server.postEvent("{\"token\":\"x\",\"challenge\":\"abc123\",\"type\":\"url_verification\"}", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("abc123");
    }
}
