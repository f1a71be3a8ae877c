package com.whereai.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import com.whereai.core.answer.model.OllamaStub;
import com.whereai.slack.support.SlackApiStub;
import com.whereai.slack.support.SlackPayloads;
import com.whereai.slack.support.SlackTestServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar's {@code serve} as a child process, stopped with SIGTERM ({@code Process.destroy()}) while the local
 * model (a slow stub) is still writing an answer: readiness turns 503 at once, the answer still reaches Slack's
 * response_url, and the process exits 0.
 */
class GracefulStopIT {

    private static final Path JAR = Path.of(System.getProperty("whereai.jar", "target/where-ai.jar"));
    private static final String SECRET = "it-signing-secret";
    private static final String QUESTION = "How do I install Ollama? zebraquokka";
    private static final String ANSWER = "Download Ollama and run the command";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void sigterm_stops_taking_traffic_lets_the_answer_being_written_finish_and_exits_zero() throws Exception {
        assertThat(Files.exists(JAR)).as("%s is built by mvn package", JAR).isTrue();
        File log = File.createTempFile("where-ai-it", ".log");
        try (SlackApiStub slack = new SlackApiStub();
                OllamaStub ollama = new OllamaStub()) {
            ollama.tokens = List.of("Download Ollama ", "and run the command ", "[topic.ollama-steps].");
            ollama.holdAfterFirstToken();
            Process process = serve(slack, ollama, log);
            try {
                int port = port(process);
                assertThat(get(port, "/health/ready").statusCode()).isEqualTo(200);

                assertThat(slashCommand(port, slack.responseUrl("it")).statusCode())
                        .isEqualTo(200);
                assertThat(ollama.awaitFirstToken(Duration.ofSeconds(30))).isTrue();

                process.destroy();

                HttpResponse<String> ready = awaitNotReady(port);
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.body()).contains("draining");
                assertThat(slack.calls()).noneMatch(c -> c.body().contains(ANSWER));
                assertThat(process.isAlive()).isTrue();

                ollama.release();

                assertThat(slack.await("/response/it", c -> c.body().contains(ANSWER)))
                        .isNotNull();
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(process.exitValue()).isZero();
            } finally {
                ollama.release();
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            String logged = Files.readString(log.toPath(), StandardCharsets.UTF_8);
            assertThat(logged).contains("where-ai drained").doesNotContain("zebraquokka", SECRET);
        } finally {
            Files.deleteIfExists(log.toPath());
        }
    }

    private static Process serve(SlackApiStub slack, OllamaStub ollama, File log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(), "serve");
        builder.environment().remove("WHERE_AI_LANG");
        builder.environment().put("PORT", "0");
        builder.environment().put("SLACK_SIGNING_SECRET", SECRET);
        builder.environment().put("SLACK_BOT_TOKEN", "xoxb-it");
        builder.environment().put("SLACK_API_URL", slack.apiUrl());
        builder.environment().put("OLLAMA_BASE_URL", ollama.baseUrl());
        builder.environment().put("OLLAMA_TIMEOUT", "60");
        builder.environment().put("WHERE_AI_DRAIN_SECONDS", "30");
        builder.redirectError(log);
        return builder.start();
    }

    /** The port from the startup line ("where-ai listening on http://localhost:PORT ..."). */
    private static int port(Process process) throws Exception {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher port = Pattern.compile("http://localhost:(\\d+)").matcher(line == null ? "" : line);
        assertThat(port.find()).as("startup line: %s", line).isTrue();
        return Integer.parseInt(port.group(1));
    }

    private HttpResponse<String> slashCommand(int port, String responseUrl) throws Exception {
        String body = SlackTestServer.encode(SlackPayloads.slashCommand(QUESTION, responseUrl));
        String timestamp = Long.toString(SlackTestServer.nowSeconds());
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp)
                        .header(
                                SlackSignature.HeaderNames.X_SLACK_SIGNATURE,
                                new SlackSignature.Generator(SECRET).generate(timestamp, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Asks /health/ready until it says not ready, for at most 15 s; the last answer. */
    private HttpResponse<String> awaitNotReady(int port) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        HttpResponse<String> ready = get(port, "/health/ready");
        while (ready.statusCode() == 200 && System.nanoTime() < until) {
            Thread.sleep(10);
            ready = get(port, "/health/ready");
        }
        return ready;
    }
}
