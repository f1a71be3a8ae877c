package com.whereai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.SlackSignature;
import com.whereai.knowledge.Lang;
import com.whereai.slack.render.BlockKitRenderer;
import com.whereai.slack.render.ButtonValue;
import com.whereai.slack.support.SlackApiStub;
import com.whereai.slack.support.SlackPayloads;
import com.whereai.slack.support.SlackTestServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two where-ai processes (the packaged jar) on one PostgreSQL, with no balancer in front: whichever replica a message
 * reaches, Slack's retries are answered once, a follow-up continues the conversation, and feedback outlives a restart.
 * Needs {@code WHERE_AI_TEST_DATABASE_URL} (a jdbc:postgresql: URL); {@code .ci/run} starts PostgreSQL and sets it.
 * Each run works in its own schema and drops it afterwards.
 */
class PostgresReplicasIT {

    private static final Path JAR = Path.of("target", "where-ai.jar");
    private static final String SECRET = SlackTestServer.SECRET;
    private static final String BOT_TOKEN = "xoxb-replicas";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> processes = new ArrayList<>();
    private SlackApiStub slack;
    private String baseUrl;
    private String schema;

    @BeforeEach
    void start() throws Exception {
        baseUrl = System.getenv("WHERE_AI_TEST_DATABASE_URL");
        assumeTrue(baseUrl != null && !baseUrl.isBlank(), "WHERE_AI_TEST_DATABASE_URL is not set");
        schema = "it_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(baseUrl);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        slack = new SlackApiStub();
    }

    @AfterEach
    void stop() throws Exception {
        for (Process p : processes) {
            p.destroy();
            p.waitFor(15, TimeUnit.SECONDS);
        }
        if (slack != null) {
            slack.close();
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(baseUrl);
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void a_slack_retry_delivered_to_the_other_replica_is_answered_once() throws Exception {
        int a = replica();
        int b = replica();
        String event =
                SlackPayloads.event("EvRetry1", SlackPayloads.mention("<@U0BOT> compare 1 2a", "1700000000.000200"));

        assertThat(post(a, event, "application/json", Map.of()).statusCode()).isEqualTo(200);
        slack.await("chat.postMessage");
        assertThat(post(
                                b,
                                event,
                                "application/json",
                                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                        .statusCode())
                .isEqualTo(200);
        // a fresh event on b is answered: b is live and posts when it should
        String other =
                SlackPayloads.event("EvOther", SlackPayloads.mention("<@U0BOT> compare 1 3", "1700000000.000300"));
        assertThat(post(b, other, "application/json", Map.of()).statusCode()).isEqualTo(200);
        slack.await(
                "chat.postMessage",
                call -> call.param("blocks") != null && call.param("blocks").contains("3 Inference API"));

        assertThat(slack.calls("chat.postMessage"))
                .as("the retried event once, the other event once")
                .hasSize(2);
    }

    @Test
    void a_follow_up_sent_to_the_other_replica_continues_the_conversation() throws Exception {
        int a = replica();
        int b = replica();

        String first = slashAnswer(a, "recommend we have patient records and our own IT department", "first");
        String followUp = slashAnswer(b, "and we have no IT staff", "second");

        assertThat(first).contains("Recommendation");
        assertThat(followUp).contains("you added: no IT staff", "Read with what you told me earlier");
    }

    @Test
    void feedback_survives_a_restart_of_every_replica() throws Exception {
        int a = replica();
        pressFeedback(a, "feedback up question", "f1");
        pressFeedback(a, "feedback down question", "f2");
        stopAll();

        int again = replica();
        pressFeedback(again, "feedback up question", "f3");

        assertThat(feedbackCount(true)).isEqualTo(2);
        assertThat(feedbackCount(false)).isEqualTo(1);
    }

    // ---- the replicas and what is sent to them ----

    /** Starts the packaged jar on a free port, on the test's schema, and returns its port. */
    private int replica() throws Exception {
        assertThat(Files.exists(JAR)).as("%s is built by mvn package", JAR).isTrue();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(), "serve");
        Map<String, String> env = new HashMap<>(Map.of(
                "PORT",
                "0",
                "SLACK_SIGNING_SECRET",
                SECRET,
                "SLACK_BOT_TOKEN",
                BOT_TOKEN,
                "SLACK_API_URL",
                slack.apiUrl(),
                "WHERE_AI_LANG",
                "en",
                "WHERE_AI_DATABASE_URL",
                baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema));
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        processes.add(process);
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Pattern listening = Pattern.compile("where-ai listening on http://localhost:(\\d+)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher port = listening.matcher(line);
            if (port.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "replica-log");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(port.group(1));
            }
        }
        throw new AssertionError("the replica did not start:\n" + seen);
    }

    private void stopAll() throws InterruptedException {
        for (Process p : processes) {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        processes.clear();
    }

    private String slashAnswer(int port, String text, String id) throws Exception {
        HttpResponse<String> ack = post(
                port,
                SlackTestServer.encode(SlackPayloads.slashCommand(text, slack.responseUrl(id))),
                "application/x-www-form-urlencoded",
                Map.of());
        assertThat(ack.statusCode()).isEqualTo(200);
        String body = ack.body().isBlank() ? slack.await("/response/" + id).body() : ack.body();
        JsonNode answer = json.readTree(body);
        return answer.get("blocks").toString();
    }

    private void pressFeedback(int port, String command, String id) throws Exception {
        String payload = SlackPayloads.blockAction(
                BlockKitRenderer.COMMAND_ACTION + "feedback",
                ButtonValue.of(command, Lang.EN).encode(),
                slack.responseUrl(id));
        HttpResponse<String> ack = post(
                port,
                "payload=" + java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded",
                Map.of());
        assertThat(ack.statusCode()).isEqualTo(200);
        slack.await("/response/" + id);
    }

    private HttpResponse<String> post(int port, String body, String contentType, Map<String, String> headers)
            throws Exception {
        String timestamp = Long.toString(SlackTestServer.nowSeconds());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", contentType)
                .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp)
                .header(
                        SlackSignature.HeaderNames.X_SLACK_SIGNATURE,
                        new SlackSignature.Generator(SECRET).generate(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long feedbackCount(boolean up) throws Exception {
        try (Connection c = DriverManager.getConnection(baseUrl);
                Statement s = c.createStatement();
                ResultSet row = s.executeQuery("SELECT COALESCE(SUM(times), 0) FROM " + schema
                        + ".feedback_count WHERE reply_kind = 'question' AND thumbs_up = " + up)) {
            row.next();
            return row.getLong(1);
        }
    }
}
