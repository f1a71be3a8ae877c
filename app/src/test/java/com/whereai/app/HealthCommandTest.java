package com.whereai.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.whereai.app.server.WhereAiServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code where-ai health} against a real server, a stub that answers an error, and ports that never answer. */
class HealthCommandTest {

    /** Each test its own embedded database, not the shared {@code data} directory a run before left behind. */
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dataDir;

    @Test
    void exits_0_when_the_running_server_answers_its_health_check() {
        WhereAiServer server =
                WhereAiServer.start(AppConfig.from(Map.of("WHERE_AI_DATA_DIR", dataDir.toString(), "PORT", "0")));
        try {
            CliRun run = CliRun.of(Map.of("PORT", String.valueOf(server.port())), "", "health");

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("healthy: GET http://127.0.0.1:" + server.port() + "/health answered 200");
            assertThat(run.err()).isEmpty();
        } finally {
            server.stop();
        }
    }

    @Test
    void exits_1_naming_the_status_when_health_answers_an_error() throws IOException {
        HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/health/ready", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        stub.start();
        try {
            int port = stub.getAddress().getPort();

            CliRun run = CliRun.of(Map.of("PORT", String.valueOf(port)), "", "health", "--path", "/health/ready");

            assertThat(run.code()).isEqualTo(HealthCommand.UNHEALTHY);
            assertThat(run.err())
                    .isEqualTo("where-ai: unhealthy: GET http://127.0.0.1:" + port + "/health/ready answered 503\n");
        } finally {
            stub.stop(0);
        }
    }

    @Test
    void exits_1_when_nothing_listens_on_the_port() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        CliRun run = CliRun.of(Map.of("PORT", String.valueOf(closedPort)), "", "health");

        assertThat(run.code()).isEqualTo(HealthCommand.UNHEALTHY);
        assertThat(run.err())
                .startsWith("where-ai: unhealthy: GET http://127.0.0.1:" + closedPort + "/health got no answer");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void exits_1_when_the_server_accepts_but_does_not_answer_within_the_timeout() throws IOException {
        // The kernel accepts the connection into the backlog; nobody ever reads the request.
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = silent.getLocalPort();

            CliRun run = CliRun.of(Map.of("PORT", String.valueOf(port)), "", "health", "--timeout", "1");

            assertThat(run.code()).isEqualTo(HealthCommand.UNHEALTHY);
            assertThat(run.err()).contains("got no answer (SocketTimeoutException)");
        }
    }

    @Test
    void exits_1_with_a_one_line_reason_when_port_is_0_or_malformed() {
        CliRun zero = CliRun.of(Map.of("PORT", "0"), "", "health");
        CliRun malformed = CliRun.of(Map.of("PORT", "http"), "", "health");

        assertThat(zero.code()).isEqualTo(HealthCommand.UNHEALTHY);
        assertThat(zero.err())
                .isEqualTo("where-ai: unhealthy: PORT=0 lets the server pick a port; the health"
                        + " check needs a fixed PORT\n");
        assertThat(malformed.code()).isEqualTo(HealthCommand.UNHEALTHY);
        assertThat(malformed.err()).isEqualTo("where-ai: unhealthy: PORT must be a number, was 'http'\n");
    }
}
