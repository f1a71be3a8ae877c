package com.whereai.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.app.AppConfig;
import com.whereai.app.metrics.Scrape;
import com.whereai.core.answer.model.OllamaStub;
import com.whereai.slack.support.SlackApiStub;
import com.whereai.teams.support.BotConnectorStub;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /metrics on the real server after real signed Slack requests and Teams activities. */
class MetricsOnTheServerTest {

    /** Each test its own embedded database, not the shared {@code data} directory a run before left behind. */
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dataDir;

    /** A word only the users write: it must never reach the metrics. */
    private static final String USER_WORDS = "zebraquokka";

    private SlackApiStub slack;
    private BotConnectorStub connector;
    private OllamaStub ollama;
    private WhereAiServer server;
    private ServerCalls calls;

    @BeforeEach
    void start() throws Exception {
        slack = new SlackApiStub();
        connector = new BotConnectorStub();
        ollama = new OllamaStub();
        ollama.tokens = List.of("Download Ollama ", "and run the command ", "[topic.ollama-steps].");
        server = WhereAiServer.start(AppConfig.from(Map.of(
                "WHERE_AI_DATA_DIR",
                dataDir.toString(),
                "PORT",
                "0",
                "SLACK_SIGNING_SECRET",
                "metrics-secret",
                "SLACK_BOT_TOKEN",
                "xoxb-metrics",
                "SLACK_API_URL",
                slack.apiUrl(),
                "OLLAMA_BASE_URL",
                ollama.baseUrl(),
                "OLLAMA_TIMEOUT",
                "1")));
        calls = new ServerCalls(server.port(), "metrics-secret");
    }

    @AfterEach
    void stop() {
        server.stop();
        ollama.close();
        connector.close();
        slack.close();
    }

    @Test
    void requests_and_replies_are_counted_by_surface_intent_and_status_and_no_user_text_reaches_the_metrics()
            throws Exception {
        assertThat(calls.slashCommand("vram 13b " + USER_WORDS, slack.responseUrl("fit"), false)
                        .statusCode())
                .isEqualTo(200);
        slack.await("/response/fit", c -> c.body().contains("13B"));
        assertThat(calls.slashCommand("How do I install Ollama? " + USER_WORDS, slack.responseUrl("q"), false)
                        .statusCode())
                .isEqualTo(200);
        slack.await("/response/q", c -> c.body().contains("Download Ollama and run the command"));
        assertThat(calls.slashCommand("help", slack.responseUrl("forged"), true).statusCode())
                .isEqualTo(401);
        assertThat(calls.teamsMessage(connector.serviceUrl(), "compare 1 2b").statusCode())
                .isIn(200, 202);
        assertThat(calls.teamsMessage(connector.serviceUrl(), "feedback up").statusCode())
                .isIn(200, 202);

        Scrape scrape = awaitScrape(
                s -> s.value("whereai_requests_seconds_count", Map.of("surface", "teams", "status", "2xx")) == 2
                        && s.value("whereai_requests_seconds_count", Map.of("surface", "slack", "status", "4xx")) == 1);

        assertThat(scrape.value("whereai_requests_seconds_count", Map.of("surface", "slack", "status", "2xx")))
                .isEqualTo(2);
        assertThat(scrape.matching("whereai_requests_seconds_bucket", Map.of("surface", "slack", "status", "2xx")))
                .extracting(sample -> sample.labels().get("le"))
                .contains("0.1", "1.0", "+Inf");
        assertThat(scrape.value(
                        "whereai_replies_seconds_count",
                        Map.of("surface", "slack", "intent", "model-fit", "status", "ok")))
                .isEqualTo(1);
        assertThat(scrape.value(
                        "whereai_replies_seconds_count",
                        Map.of("surface", "slack", "intent", "question", "status", "ok")))
                .isEqualTo(1);
        assertThat(scrape.value(
                        "whereai_replies_seconds_count",
                        Map.of("surface", "teams", "intent", "compare", "status", "ok")))
                .isEqualTo(1);
        assertThat(scrape.value(
                        "whereai_replies_seconds_count",
                        Map.of("surface", "teams", "intent", "feedback", "status", "ok")))
                .isEqualTo(1);
        assertThat(scrape.matching("whereai_replies_seconds_bucket", Map.of("intent", "question")))
                .isNotEmpty();
        assertThat(scrape.value("whereai_answers_total", Map.of("path", "model")))
                .isEqualTo(1);
        assertThat(scrape.value("whereai_model_calls_seconds_count", Map.of("outcome", "answered")))
                .isEqualTo(1);
        assertThat(scrape.value("whereai_feedback_total", Map.of("vote", "up"))).isEqualTo(1);
        assertThat(scrape.value("whereai_feedback_total", Map.of("vote", "down")))
                .isZero();
        assertThat(scrape.matching("executor_queued_tasks", Map.of("name", "where-ai-workers")))
                .hasSize(1);
        assertThat(scrape.value("whereai_ready", Map.of())).isEqualTo(1);
        assertThat(scrape.value("whereai_store_answering", Map.of())).isEqualTo(1);
        assertThat(scrape.text()).doesNotContain(USER_WORDS, "Ollama?", "metrics-secret", "xoxb-metrics");
        assertThat(scrape.labelValues("whereai_"))
                .isNotEmpty()
                .allMatch(value -> value.matches("[a-z0-9_.+\\-]+|\\+Inf"));
    }

    @Test
    void a_model_that_does_not_answer_in_time_counts_as_a_timeout_and_a_fallback() throws Exception {
        ollama.mode = OllamaStub.Mode.SLOW_START;
        ollama.delayMillis = 3000;

        assertThat(calls.teamsMessage(connector.serviceUrl(), "How do I install Ollama?")
                        .statusCode())
                .isIn(200, 202);
        connector.await(c -> c.body().contains("did not answer in time"));

        Scrape scrape =
                awaitScrape(s -> s.value("whereai_model_calls_seconds_count", Map.of("outcome", "timed_out")) == 1);
        assertThat(scrape.value("whereai_model_calls_seconds_sum", Map.of("outcome", "timed_out")))
                .isGreaterThanOrEqualTo(1.0);
        assertThat(scrape.value("whereai_answers_total", Map.of("path", "fallback")))
                .isEqualTo(1);
        assertThat(scrape.value(
                        "whereai_replies_seconds_count",
                        Map.of("surface", "teams", "intent", "question", "status", "ok")))
                .isEqualTo(1);
    }

    @Test
    void metrics_are_prometheus_text_and_only_answer_get() throws Exception {
        HttpResponse<String> response = calls.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain; version=0.0.4"));
        assertThat(response.body()).contains("# TYPE whereai_answers_total counter", "jvm_memory_used_bytes");
    }

    /** Scrapes until {@code ready} holds (a request is counted just after its response is sent), for at most 5 s. */
    private Scrape awaitScrape(Predicate<Scrape> ready) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Scrape scrape = Scrape.of(calls.get("/metrics").body());
        while (!ready.test(scrape) && System.nanoTime() < until) {
            Thread.sleep(20);
            scrape = Scrape.of(calls.get("/metrics").body());
        }
        return scrape;
    }
}
