package com.whereai.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import com.whereai.app.AppConfig;
import com.whereai.slack.support.SlackApiStub;
import com.whereai.slack.support.SlackPayloads;
import com.whereai.slack.support.SlackTestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The app's own Jetty server hosts Slack at POST /slack/events when Slack is configured, and says so when not. */
class SlackOnTheServerTest {

    /** Each test its own embedded database, not the shared {@code data} directory a run before left behind. */
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_signed_slash_command_is_answered_through_the_apps_server() throws Exception {
        try (SlackApiStub slack = new SlackApiStub()) {
            WhereAiServer server = WhereAiServer.start(AppConfig.from(Map.of(
                    "WHERE_AI_DATA_DIR",
                    dataDir.toString(),
                    "PORT",
                    "0",
                    "SLACK_SIGNING_SECRET",
                    "app-secret",
                    "SLACK_BOT_TOKEN",
                    "xoxb-app",
                    "SLACK_API_URL",
                    slack.apiUrl())));
            try {
                String body = SlackTestServer.encode(SlackPayloads.slashCommand("vram 13b", slack.responseUrl("app")));
                String timestamp = Long.toString(SlackTestServer.nowSeconds());
                HttpResponse<String> ack = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/slack/events"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp)
                                .header(
                                        SlackSignature.HeaderNames.X_SLACK_SIGNATURE,
                                        new SlackSignature.Generator("app-secret").generate(timestamp, body))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(ack.statusCode()).isEqualTo(200);
                assertThat(slack.await("/response/app").body()).contains("13B");
                assertThat(get(server, "/health")).contains("\"slack\":\"http\"");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void without_slack_settings_the_endpoint_says_how_to_switch_slack_on() throws Exception {
        WhereAiServer server =
                WhereAiServer.start(AppConfig.from(Map.of("WHERE_AI_DATA_DIR", dataDir.toString(), "PORT", "0")));
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/slack/events"))
                            .POST(HttpRequest.BodyPublishers.ofString("x"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("SLACK_SIGNING_SECRET");
        } finally {
            server.stop();
        }
    }

    private String get(WhereAiServer server, String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
