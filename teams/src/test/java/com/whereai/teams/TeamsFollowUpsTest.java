package com.whereai.teams;

import static com.whereai.teams.support.Activities.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.core.WhereAiBot;
import com.whereai.knowledge.Lang;
import com.whereai.teams.support.BotConnectorStub;
import com.whereai.teams.support.TeamsTestServer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups in Teams (issue 8), through the real Jetty server: each Teams conversation keeps its last situation,
 * which the next message is read against; another conversation is not affected.
 */
class TeamsFollowUpsTest {

    private static final String HOSPITAL = "we have patient records and our own IT department, what should we choose?";

    private final ObjectMapper json = new ObjectMapper();
    private BotConnectorStub connector;
    private TeamsTestServer server;

    @BeforeEach
    void start() throws Exception {
        connector = new BotConnectorStub();
        server = new TeamsTestServer(
                new TeamsSettings(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        TeamsSettings.DEFAULT_LOGIN_URL,
                        Optional.empty(),
                        Lang.SV),
                new WhereAiBot(TeamsTestServer.GUIDE, r -> r));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        connector.close();
    }

    @Test
    void a_follow_up_in_a_teams_conversation_is_read_against_the_situation_before() throws Exception {
        server.post(
                in("a:conv-hospital", message(connector.serviceUrl(), HOSPITAL, "personal", "en-US"))
                        .toString(),
                null);
        String first = card(1, "a:conv-hospital");
        assertThat(first)
                .contains("I understood: sensitive data", "your own IT staff")
                .doesNotContain("Read with what you told me");

        server.post(
                in("a:conv-hospital", message(connector.serviceUrl(), "and we have no IT staff", "personal", "en-US"))
                        .toString(),
                null);

        String second = card(2, "a:conv-hospital");
        assertThat(second)
                .contains(
                        "you added: no IT staff",
                        "Read with what you told me earlier in this conversation – write 'start over' to forget it.");
        assertThat(second)
                .containsPattern("I understood: [^.]*sensitive data[^.]*no IT staff")
                .doesNotContain("your own IT staff");
    }

    @Test
    void another_conversation_is_not_affected() throws Exception {
        server.post(
                in("a:conv-one", message(connector.serviceUrl(), HOSPITAL, "personal", "en-US"))
                        .toString(),
                null);
        card(1, "a:conv-one");

        server.post(
                in("a:conv-two", message(connector.serviceUrl(), "and we have no IT staff", "personal", "en-US"))
                        .toString(),
                null);

        String other = card(1, "a:conv-two");
        assertThat(other)
                .containsPattern("I understood: no IT staff\\.")
                .doesNotContain("Read with what you told me", "you added");
    }

    @Test
    void a_submitted_questionnaire_replaces_the_situation_and_can_be_followed_up() throws Exception {
        server.post(
                in("a:conv-form", message(connector.serviceUrl(), HOSPITAL, "personal", "en-US"))
                        .toString(),
                null);
        card(1, "a:conv-form");

        ObjectNode answers = json.createObjectNode()
                .put("whereai", "questionnaire")
                .put("lang", "en")
                .put("command", "")
                .put("data", "public")
                .put("expertise", "no-it-staff");
        server.post(in("a:conv-form", submit(connector.serviceUrl(), answers)).toString(), null);
        String submitted = card(2, "a:conv-form");
        assertThat(submitted).contains("Recommendation:").doesNotContain("Read with what you told me");
        assertThat(submitted)
                .containsPattern("I understood: [^.]*no IT staff")
                .doesNotContainPattern("I understood: [^.]*sensitive data");

        server.post(
                in("a:conv-form", message(connector.serviceUrl(), "and we need low latency", "personal", "en-US"))
                        .toString(),
                null);

        String followUp = card(3, "a:conv-form");
        assertThat(followUp).contains("you added: low latency", "Read with what you told me");
        assertThat(followUp)
                .containsPattern("I understood: [^.]*no IT staff[^.]*low latency")
                .doesNotContainPattern("I understood: [^.]*sensitive data");
    }

    /** The n-th card (from 1) sent to a conversation, waiting for it. */
    private String card(int n, String conversation) throws InterruptedException {
        connector.await(c -> cards(conversation).size() >= n);
        return cards(conversation).get(n - 1);
    }

    private List<String> cards(String conversation) {
        return connector.replies().stream()
                .filter(c -> c.path().startsWith("/v3/conversations/" + conversation + "/"))
                .map(BotConnectorStub.Call::json)
                .filter(a -> "message".equals(a.path("type").asText()))
                .map(a -> a.at("/attachments/0/content").toString())
                .toList();
    }

    private static ObjectNode in(String conversation, ObjectNode activity) {
        ((ObjectNode) activity.get("conversation")).put("id", conversation);
        return activity;
    }
}
