package com.whereai.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.app.AppConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Jetty server on a free port, called over HTTP. */
class WhereAiServerTest {

    /** Each test its own embedded database, not the shared {@code data} directory a run before left behind. */
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();
    private WhereAiServer server;

    @BeforeEach
    void start() {
        server = WhereAiServer.start(AppConfig.from(Map.of(
                "WHERE_AI_DATA_DIR",
                dataDir.toString(),
                "PORT",
                "0",
                "SLACK_SIGNING_SECRET",
                "very-secret",
                "SLACK_BOT_TOKEN",
                "xoxb-very-secret",
                "SLACK_API_URL",
                "http://127.0.0.1:9/api/")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void health_says_ok_and_which_surfaces_are_on_without_secrets() throws Exception {
        HttpResponse<String> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertThat(json.get("status").asText()).isEqualTo("ok");
        assertThat(json.get("slack").asText()).isEqualTo("http");
        assertThat(json.get("teams").asText()).isEqualTo("local");
        assertThat(response.body()).doesNotContain("very-secret");
        assertThat(json.at("/answers/model").asLong()).isZero();
        assertThat(json.at("/answers/retrieval").isNumber()).isTrue();
        assertThat(json.at("/feedback/up").isNumber()).isTrue();
    }

    @Test
    void an_unknown_path_is_404_not_500() throws Exception {
        assertThat(get("/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void health_only_answers_get() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
                        .POST(HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
