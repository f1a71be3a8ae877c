package com.whereai.slack;

import static com.whereai.slack.support.SlackPayloads.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.knowledge.Lang;
import com.whereai.slack.support.SlackApiStub;
import com.whereai.slack.support.SlackTestServer;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A bot token Slack rejects: a clear answer from the start-up check, and no mystery 500 on requests. */
class SlackAuthFailureTest {

    @Test
    void a_rejected_token_is_reported_by_the_connection_check_and_requests_get_no_500() throws Exception {
        try (SlackApiStub slack = new SlackApiStub()) {
            slack.answer("auth.test", "{\"ok\":false,\"error\":\"invalid_auth\"}");
            try (SlackTestServer server = new SlackTestServer(slack)) {
                SlackSettings settings = new SlackSettings(
                        SlackTestServer.SECRET, "xoxb-revoked", Optional.empty(), slack.apiUrl(), Lang.SV);

                assertThat(WhereAiSlackApp.checkConnection(server.app(), settings))
                        .isFalse();
                HttpResponse<String> response = server.postForm(slashCommand("help", slack.responseUrl("auth")));
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("ephemeral", "token");
                String body = SlackTestServer.encode(slashCommand("help", slack.responseUrl("unsigned")));
                assertThat(server.post(
                                        body,
                                        "application/x-www-form-urlencoded",
                                        SlackTestServer.nowSeconds(),
                                        false,
                                        java.util.Map.of())
                                .statusCode())
                        .as("signatures are still checked")
                        .isEqualTo(401);
            }
        }
    }

    @Test
    void an_unreachable_slack_is_reported_by_the_connection_check() throws Exception {
        SlackSettings settings = new SlackSettings(
                SlackTestServer.SECRET, "xoxb-test", Optional.empty(), "http://127.0.0.1:9/api/", Lang.SV);
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var app = WhereAiSlackApp.create(
                    settings,
                    new com.whereai.core.WhereAiBot(SlackTestServer.GUIDE, r -> r),
                    SlackTestServer.GUIDE,
                    workers);

            assertThat(WhereAiSlackApp.checkConnection(app, settings)).isFalse();
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void an_accepted_token_passes_the_connection_check() throws Exception {
        try (SlackApiStub slack = new SlackApiStub();
                SlackTestServer server = new SlackTestServer(slack)) {
            SlackSettings settings =
                    new SlackSettings(SlackTestServer.SECRET, "xoxb-test", Optional.empty(), slack.apiUrl(), Lang.SV);

            assertThat(WhereAiSlackApp.checkConnection(server.app(), settings)).isTrue();
        }
    }
}
