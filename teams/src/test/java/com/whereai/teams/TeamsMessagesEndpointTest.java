package com.whereai.teams;

import static com.whereai.teams.support.Activities.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.knowledge.Lang;
import com.whereai.teams.support.BotConnectorStub;
import com.whereai.teams.support.TeamsTestServer;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Activities through the real Jetty server, unauthenticated (local testing); replies recorded at the serviceUrl. */
class TeamsMessagesEndpointTest {

    private final ObjectMapper json = new ObjectMapper();
    private BotConnectorStub connector;
    private TeamsTestServer server;

    @BeforeEach
    void start() throws Exception {
        connector = new BotConnectorStub();
        server = new TeamsTestServer(new TeamsSettings(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                TeamsSettings.DEFAULT_LOGIN_URL,
                Optional.empty(),
                Lang.SV));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        connector.close();
    }

    @Test
    void a_message_is_answered_with_an_adaptive_card_after_a_typing_indicator() throws Exception {
        HttpResponse<String> response = server.post(
                message(connector.serviceUrl(), "compare 1 2b", "personal", "en-US")
                        .toString(),
                null);

        assertThat(response.statusCode()).isIn(200, 202);
        JsonNode reply = connector.awaitMessage();
        JsonNode card = reply.at("/attachments/0/content");
        assertThat(reply.at("/attachments/0/contentType").asText())
                .isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(card.get("version").asText()).isEqualTo("1.5");
        assertThat(card.toString()).contains("Comparison according to the guide", "\"type\":\"Table\"");
        assertThat(reply.get("summary").asText()).isNotBlank();
        assertThat(connector.replies().get(0).json().get("type").asText()).isEqualTo("typing");
        assertThat(connector.replies().get(0).path()).isEqualTo("/v3/conversations/a:conv-1/activities/activity-1");
    }

    @Test
    void the_reply_follows_the_text_then_the_activity_locale() throws Exception {
        server.post(message(connector.serviceUrl(), "2b", "personal", "en-GB").toString(), null);
        assertThat(connector.awaitMessage().toString()).contains("2B – Rented server");
    }

    @Test
    void a_swedish_message_is_answered_in_swedish_whatever_the_locale() throws Exception {
        server.post(
                message(connector.serviceUrl(), "vad är en gpu?", "personal", "en-US")
                        .toString(),
                null);
        assertThat(connector.awaitMessage().toString()).contains("professor");
    }

    @Test
    void in_a_channel_the_mention_is_stripped_before_the_command_is_read() throws Exception {
        server.post(channelMention(connector.serviceUrl(), "vram 70b").toString(), null);

        assertThat(connector.awaitMessage().toString()).contains("VRAM for a 70B model");
    }

    @Test
    void a_card_button_sends_its_command_in_the_cards_language() throws Exception {
        ObjectNode value = json.createObjectNode()
                .put("whereai", "command")
                .put("command", "2a")
                .put("lang", "en");

        server.post(submit(connector.serviceUrl(), value).toString(), null);

        assertThat(connector.awaitMessage().toString()).contains("2A – Your own server, bought (on-premises)");
    }

    @Test
    void the_bot_added_to_a_team_says_welcome_with_a_start_button() throws Exception {
        server.post(botAdded(connector.serviceUrl(), "channel").toString(), null);

        JsonNode card = connector.awaitMessage().at("/attachments/0/content");
        assertThat(card.toString())
                .contains("where-ai – where should your AI model live?", "Answer the questions", "questionnaire");
    }

    @Test
    void recommend_alone_sends_the_questionnaire_card_and_its_answers_give_the_recommendation() throws Exception {
        server.post(
                message(connector.serviceUrl(), "rekommendera", "personal", "sv-SE")
                        .toString(),
                null);
        JsonNode questionnaire = connector.awaitMessage().at("/attachments/0/content");
        assertThat(questionnaire.toString())
                .contains(
                        "Input.ChoiceSet",
                        "Input.Toggle",
                        "Input.Text",
                        "Var ska er AI bo?",
                        "Personer som ska använda den",
                        "Frågor per person och dag");

        ObjectNode answers = json.createObjectNode()
                .put("whereai", "questionnaire")
                .put("lang", "sv")
                .put("command", "")
                .put("data", "on-premises")
                .put("scale", "organisation")
                .put("expertise", "it-staff")
                .put("needs.low-latency", "true")
                .put("needs.offline", "false")
                .put("model-size", "70")
                .put("vram", "")
                .put("users", "200")
                .put("requests", "20");
        server.post(submit(connector.serviceUrl(), answers).toString(), null);

        JsonNode recommendation = connector
                .await(c -> c.body().contains("Rekommendation: 2A Egen server"))
                .json();
        assertThat(recommendation.toString())
                .contains("Jag förstod:", "Justera", "\"whereai\":\"change\"", "per månad för er arbetslast");
    }

    @Test
    void unreadable_figures_in_the_questionnaire_come_back_with_an_error_on_the_card() throws Exception {
        ObjectNode answers = json.createObjectNode()
                .put("whereai", "questionnaire")
                .put("lang", "en")
                .put("command", "")
                .put("vram", "plenty");

        server.post(submit(connector.serviceUrl(), answers).toString(), null);

        JsonNode card = connector.awaitMessage().at("/attachments/0/content");
        assertThat(card.toString()).contains("Write a number of GB", "Input.Text", "\"value\":\"plenty\"");
    }

    @Test
    void change_answers_reopens_the_questionnaire_prefilled() throws Exception {
        ObjectNode value = json.createObjectNode()
                .put("whereai", "change")
                .put("command", "recommend sensitive-data no-it-staff 13b")
                .put("lang", "en");

        server.post(submit(connector.serviceUrl(), value).toString(), null);

        JsonNode card = connector.awaitMessage().at("/attachments/0/content");
        assertThat(card.toString()).contains("\"value\":\"sensitive\"", "\"value\":\"13b\"");
    }

    @Test
    void user_text_shown_back_is_escaped_for_teams() throws Exception {
        server.post(
                message(
                                connector.serviceUrl(),
                                "compare <at>Everyone</at> [click](https://evil.example)",
                                "personal",
                                "en-US")
                        .toString(),
                null);

        String card = connector.awaitMessage().at("/attachments/0/content").toString();
        assertThat(card).doesNotContain("[click](https://evil.example)").contains("\\\\[click\\\\]");
    }

    @Test
    void without_an_app_id_a_request_relayed_by_a_proxy_is_refused() throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url()))
                                .header("Content-Type", "application/json")
                                .header("X-Forwarded-For", "203.0.113.7")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        message(connector.serviceUrl(), "help", "personal", "en-US")
                                                .toString()))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        Thread.sleep(200);
        assertThat(connector.replies()).isEmpty();
    }

    @Test
    void unreadable_json_is_a_400_not_a_500() throws Exception {
        assertThat(server.post("{not json", null).statusCode()).isEqualTo(400);
        assertThat(server.post("{\"text\":\"no type\"}", null).statusCode()).isEqualTo(400);
        assertThat(server.post("[]", null).statusCode()).isEqualTo(400);
    }

    @Test
    void an_activity_without_roles_does_not_trip_the_sdk() throws Exception {
        ObjectNode activity = message(connector.serviceUrl(), "help", "personal", "en-US");
        ((ObjectNode) activity.get("recipient")).remove("role");

        assertThat(server.post(activity.toString(), null).statusCode()).isIn(200, 202);
        assertThat(connector.awaitMessage()).isNotNull();
    }

    @Test
    void every_reply_stays_under_the_teams_message_size() throws Exception {
        server.post(
                message(
                                connector.serviceUrl(),
                                "recommend patient records, no IT staff, 70b, commercial SaaS",
                                "personal",
                                "en-US")
                        .toString(),
                null);

        BotConnectorStub.Call reply = connector.await(c -> c.body().contains("Recommendation:"));
        assertThat(reply.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThan(com.whereai.teams.card.TeamsLimits.MESSAGE_BYTES);
    }
}
