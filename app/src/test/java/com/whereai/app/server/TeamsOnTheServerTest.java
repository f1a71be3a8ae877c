package com.whereai.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.app.AppConfig;
import com.whereai.teams.support.Activities;
import com.whereai.teams.support.BotConnectorStub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The app's own Jetty server hosts Teams at POST /api/messages, beside Slack and /health. */
class TeamsOnTheServerTest {

    /** Each test its own embedded database, not the shared {@code data} directory a run before left behind. */
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_message_activity_is_answered_through_the_apps_server() throws Exception {
        try (BotConnectorStub connector = new BotConnectorStub()) {
            WhereAiServer server =
                    WhereAiServer.start(AppConfig.from(Map.of("WHERE_AI_DATA_DIR", dataDir.toString(), "PORT", "0")));
            try {
                String activity = Activities.message(connector.serviceUrl(), "vad är vram?", "personal", "sv-SE")
                        .toString();
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/messages"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(activity))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).isIn(200, 202);
                assertThat(connector.awaitMessage().toString()).contains("arbetsminne");
                String health = http.send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                assertThat(health).contains("\"teams\":\"local\"");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void with_an_app_id_a_request_without_a_token_is_refused() throws Exception {
        WhereAiServer server = WhereAiServer.start(AppConfig.from(Map.of(
                "WHERE_AI_DATA_DIR",
                dataDir.toString(),
                "PORT",
                "0",
                "MICROSOFT_APP_ID",
                "app-id",
                "MICROSOFT_APP_PASSWORD",
                "secret",
                "MICROSOFT_APP_TYPE",
                "SingleTenant",
                "MICROSOFT_APP_TENANT_ID",
                "tenant")));
        try {
            String activity = Activities.message("http://127.0.0.1:9/", "help", "personal", "en-US")
                    .toString();
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/messages"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(activity))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(401);
        } finally {
            server.stop();
        }
    }
}
