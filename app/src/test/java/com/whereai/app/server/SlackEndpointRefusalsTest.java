package com.whereai.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.app.AppConfig;
import com.whereai.app.server.fuzz.HostileRequest;
import com.whereai.app.server.fuzz.RawHttp;
import com.whereai.app.server.fuzz.SlackHostileRequests;
import com.whereai.slack.support.SlackApiStub;
import com.whereai.slack.support.SlackPayloads;
import com.whereai.slack.support.SlackTestServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the app's server answers to Slack requests no Slack would send (each found by the hostile-input fuzz test):
 * a 4xx, never Bolt's 500 with a stack trace in the log.
 */
class SlackEndpointRefusalsTest {

    /** Each test its own embedded database, not the shared {@code data} directory a run before left behind. */
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dataDir;

    private static final String SECRET = "refusals-secret";
    private final HttpClient http = HttpClient.newHttpClient();
    private SlackApiStub slack;
    private WhereAiServer server;

    @BeforeEach
    void start() throws Exception {
        slack = new SlackApiStub();
        server = WhereAiServer.start(AppConfig.from(Map.of(
                "WHERE_AI_DATA_DIR",
                dataDir.toString(),
                "PORT",
                "0",
                "SLACK_SIGNING_SECRET",
                SECRET,
                "SLACK_BOT_TOKEN",
                "xoxb-refusals",
                "SLACK_API_URL",
                slack.apiUrl())));
    }

    @AfterEach
    void stop() {
        server.stop();
        slack.close();
    }

    @Test
    void a_signed_payload_that_is_not_json_is_a_400() throws Exception {
        assertThat(postSigned("payload=" + URLEncoder.encode("{\"type\":", StandardCharsets.UTF_8), now())
                        .statusCode())
                .isEqualTo(400);
        assertThat(postSigned("payload=123", now()).statusCode()).isEqualTo(400);
    }

    @Test
    void a_signed_payload_of_the_wrong_shape_is_a_400() throws Exception {
        String wrongUser = "{\"type\":\"block_actions\",\"user\":false,\"actions\":\"x\"}";

        assertThat(postSigned("payload=" + URLEncoder.encode(wrongUser, StandardCharsets.UTF_8), now())
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void a_correctly_signed_request_dated_more_than_five_minutes_ahead_is_refused() throws Exception {
        String body = SlackTestServer.encode(SlackPayloads.slashCommand("vram 13b", slack.responseUrl("future")));

        assertThat(postSigned(body, now() + 301).statusCode()).isEqualTo(401);
        assertThat(postSigned(body, now() + 60).statusCode()).isEqualTo(200);
    }

    @Test
    void a_body_over_a_megabyte_is_413_before_it_is_read() throws Exception {
        byte[] body =
                ("command=/where-ai&text=" + "a".repeat(SlackEventsServlet.MAX_BODY)).getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(now());
        // Only the head goes on the wire, announcing the whole body: the server must answer from the
        // Content-Length alone. (Sending the megabyte too races the server's early close: the client may see
        // a reset instead of the 413, as it did once in CI.)
        HostileRequest headOnly = HostileRequest.of(
                "too-large",
                HostileRequest.Target.OPEN,
                "POST",
                "/slack/events",
                List.of(
                        Map.entry("Content-Type", "application/x-www-form-urlencoded"),
                        Map.entry("Content-Length", Integer.toString(body.length)),
                        Map.entry("X-Slack-Request-Timestamp", ts),
                        Map.entry("X-Slack-Signature", SlackHostileRequests.sign(SECRET, ts, body))),
                new byte[0]);

        RawHttp.Answer answer = RawHttp.send(server.port(), headOnly, Duration.ofSeconds(10));

        assertThat(answer.label()).isEqualTo("413");
    }

    @Test
    void a_method_no_endpoint_answers_is_405_not_501() throws Exception {
        for (String method : new String[] {"PROPFIND", "FOO", "PATCH", "TRACE"}) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/slack/events"))
                            .method(method, HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method).isEqualTo(405);
        }
    }

    private HttpResponse<String> postSigned(String body, long timestamp) throws Exception {
        return http.send(signed(body, timestamp).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder signed(String body, long timestamp) {
        String ts = Long.toString(timestamp);
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/slack/events"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts)
                .header(
                        "X-Slack-Signature",
                        SlackHostileRequests.sign(SECRET, ts, body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static long now() {
        return SlackTestServer.nowSeconds();
    }
}
