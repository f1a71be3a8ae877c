package com.whereai.teams;

import static com.whereai.teams.support.Activities.base;
import static com.whereai.teams.support.Activities.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.knowledge.Lang;
import com.whereai.teams.support.BotConnectorStub;
import com.whereai.teams.support.TeamsTestServer;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Activities no Teams client sends, to the endpoint without an app id: each is a 4xx or answered, never a 500, and
 * the bot never answers a serviceUrl off this machine (a second stub stands in for one it must not call).
 */
class TeamsMalformedActivitiesTest {

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
                Lang.EN));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        connector.close();
    }

    @Test
    void a_service_url_off_this_machine_is_refused_before_the_bot_runs() throws Exception {
        for (String url : new String[] {
            "http://169.254.169.254/latest/", "file:///etc/passwd", "http://10.0.0.1/", "http://0.0.0.0:9/"
        }) {
            assertThat(server.post(message(url, "help", "personal", "en-US").toString(), null)
                            .statusCode())
                    .as(url)
                    .isEqualTo(400);
        }
        ObjectNode withoutServiceUrl = message(connector.serviceUrl(), "help", "personal", "en-US");
        withoutServiceUrl.remove("serviceUrl");
        assertThat(server.post(withoutServiceUrl.toString(), null).statusCode()).isEqualTo(400);
        assertThat(connector.calls()).isEmpty();
    }

    @Test
    void an_activity_without_a_conversation_is_a_400() throws Exception {
        ObjectNode activity = message(connector.serviceUrl(), "help", "personal", "en-US");
        activity.remove("conversation");

        assertThat(server.post(activity.toString(), null).statusCode()).isEqualTo(400);
    }

    @Test
    void a_malformed_locale_is_ignored_and_the_message_answered() throws Exception {
        ObjectNode activity = message(connector.serviceUrl(), "help", "personal", "sv_SE.UTF-8");

        assertThat(server.post(activity.toString(), null).statusCode()).isIn(200, 202);
        assertThat(connector.awaitMessage()).isNotNull();
    }

    @Test
    void an_invoke_the_bot_has_no_handler_for_is_a_400_not_a_501() throws Exception {
        ObjectNode invoke = base("invoke", connector.serviceUrl(), "personal");
        invoke.put("name", "composeExtension/query");

        assertThat(server.post(invoke.toString(), null).statusCode()).isEqualTo(400);
    }
}
