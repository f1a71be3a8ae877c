package com.whereai.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.whereai.app.AppConfig;
import com.whereai.core.answer.model.OllamaStub;
import com.whereai.slack.support.SlackApiStub;
import com.whereai.teams.support.BotConnectorStub;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real server told to stop while a slow model is still writing an answer: readiness goes false first, the answer
 * still reaches Slack or Teams, then the server stops; the drain waits no longer than WHERE_AI_DRAIN_SECONDS.
 */
class GracefulStopTest {

    /** Each test its own embedded database, not the shared {@code data} directory a run before left behind. */
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dataDir;

    private static final String QUESTION = "How do I install Ollama?";
    private static final String ANSWER = "Download Ollama and run the command";

    private SlackApiStub slack;
    private BotConnectorStub connector;
    private OllamaStub ollama;

    @BeforeEach
    void stubs() throws Exception {
        slack = new SlackApiStub();
        connector = new BotConnectorStub();
        ollama = new OllamaStub();
        ollama.tokens = List.of("Download Ollama ", "and run the command ", "[topic.ollama-steps].");
        ollama.holdAfterFirstToken();
    }

    @AfterEach
    void close() {
        ollama.release();
        ollama.close();
        connector.close();
        slack.close();
    }

    @Test
    void readiness_goes_false_before_an_in_flight_slack_answer_finishes_and_the_answer_still_arrives()
            throws Exception {
        WhereAiServer server = start("30");
        ServerCalls calls = new ServerCalls(server.port(), "drain-secret");
        assertThat(calls.get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(calls.slashCommand(QUESTION, slack.responseUrl("drain"), false)
                        .statusCode())
                .isEqualTo(200);
        assertThat(ollama.awaitFirstToken(Duration.ofSeconds(10))).isTrue();

        Thread stopping = stopInBackground(server);

        HttpResponse<String> ready = awaitNotReady(calls);
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).isEqualTo("{\"status\":\"draining\",\"store\":\"answering\"}");
        assertThat(calls.get("/health/live").statusCode()).isEqualTo(200);
        assertThat(calls.get("/health").statusCode()).isEqualTo(200);
        assertThat(slack.calls()).noneMatch(c -> c.body().contains(ANSWER));
        assertThat(stopping.isAlive()).isTrue();

        ollama.release();

        assertThat(slack.await("/response/drain", c -> c.body().contains(ANSWER)))
                .isNotNull();
        stopping.join(Duration.ofSeconds(20).toMillis());
        assertThat(stopping.isAlive()).isFalse();
        assertThatThrownBy(() -> calls.get("/health/live")).isInstanceOf(ConnectException.class);
    }

    @Test
    void a_teams_answer_still_being_written_is_sent_before_the_server_stops() throws Exception {
        WhereAiServer server = start("30");
        ServerCalls calls = new ServerCalls(server.port(), "drain-secret");
        Thread asking = new Thread(() -> {
            try {
                calls.teamsMessage(connector.serviceUrl(), QUESTION);
            } catch (Exception e) {
                // the answer is checked at the connector
            }
        });
        asking.start();
        assertThat(ollama.awaitFirstToken(Duration.ofSeconds(10))).isTrue();

        Thread stopping = stopInBackground(server);

        assertThat(awaitNotReady(calls).statusCode()).isEqualTo(503);
        assertThat(connector.replies()).noneMatch(c -> c.body().contains(ANSWER));
        ollama.release();
        assertThat(connector.await(c -> c.body().contains(ANSWER))).isNotNull();
        stopping.join(Duration.ofSeconds(20).toMillis());
        asking.join(Duration.ofSeconds(20).toMillis());
        assertThat(stopping.isAlive()).isFalse();
    }

    @Test
    void the_drain_waits_no_longer_than_WHERE_AI_DRAIN_SECONDS() throws Exception {
        WhereAiServer server = start("1");
        ServerCalls calls = new ServerCalls(server.port(), "drain-secret");
        assertThat(calls.slashCommand(QUESTION, slack.responseUrl("stuck"), false)
                        .statusCode())
                .isEqualTo(200);
        assertThat(ollama.awaitFirstToken(Duration.ofSeconds(10))).isTrue();

        Thread stopping = stopInBackground(server);
        stopping.join(Duration.ofSeconds(20).toMillis());

        assertThat(stopping.isAlive()).isFalse();
        assertThat(server.state()).isEqualTo(Readiness.State.DRAINING);
        assertThat(slack.calls()).noneMatch(c -> c.body().contains(ANSWER));
        assertThatThrownBy(() -> calls.get("/health/live")).isInstanceOf(ConnectException.class);
    }

    @Test
    void an_idle_server_stops_at_once() throws Exception {
        WhereAiServer server = start("30");
        ServerCalls calls = new ServerCalls(server.port(), "drain-secret");

        Thread stopping = stopInBackground(server);
        stopping.join(Duration.ofSeconds(10).toMillis());

        assertThat(stopping.isAlive()).isFalse();
        assertThatThrownBy(() -> calls.get("/health/live")).isInstanceOf(ConnectException.class);
    }

    private WhereAiServer start(String drainSeconds) {
        return WhereAiServer.start(AppConfig.from(Map.of(
                "WHERE_AI_DATA_DIR",
                dataDir.toString(),
                "PORT",
                "0",
                "SLACK_SIGNING_SECRET",
                "drain-secret",
                "SLACK_BOT_TOKEN",
                "xoxb-drain",
                "SLACK_API_URL",
                slack.apiUrl(),
                "OLLAMA_BASE_URL",
                ollama.baseUrl(),
                "OLLAMA_TIMEOUT",
                "60",
                "WHERE_AI_DRAIN_SECONDS",
                drainSeconds)));
    }

    private static Thread stopInBackground(WhereAiServer server) {
        Thread stopping = new Thread(server::drainAndStop, "test-sigterm");
        stopping.start();
        return stopping;
    }

    /** Asks /health/ready until it says not ready, for at most 10 s; the last answer. */
    private static HttpResponse<String> awaitNotReady(ServerCalls calls) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        HttpResponse<String> ready = calls.get("/health/ready");
        while (ready.statusCode() == 200 && System.nanoTime() < until) {
            Thread.sleep(10);
            ready = calls.get("/health/ready");
        }
        return ready;
    }
}
