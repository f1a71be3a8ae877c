package com.whereai.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeepAliveConnectionTest {

    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void sends_every_request_on_one_connection_and_reads_chunked_answers() throws Exception {
        URI url = serve(false);

        try (KeepAliveConnection connection = new KeepAliveConnection(
                url, "text=hi", Map.of("Content-Type", "application/x-www-form-urlencoded"), Duration.ofSeconds(5))) {
            for (int i = 0; i < 5; i++) {
                assertThat(connection.send()).isEqualTo(200);
            }
        }

        assertThat(bodies).hasSize(5).allMatch("text=hi"::equals);
        assertThat(clientPorts).hasSize(1);
    }

    @Test
    void opens_a_new_connection_when_the_server_closes_one() throws Exception {
        URI url = serve(true);

        try (KeepAliveConnection connection =
                new KeepAliveConnection(url, "text=hi", Map.of(), Duration.ofSeconds(5))) {
            for (int i = 0; i < 3; i++) {
                assertThat(connection.send()).isEqualTo(200);
            }
        }

        assertThat(bodies).hasSize(3);
        assertThat(clientPorts).hasSize(3);
    }

    @Test
    void a_server_that_goes_away_is_an_io_error_on_every_send_until_it_is_back() throws Exception {
        URI url = serve(false);
        try (KeepAliveConnection connection =
                new KeepAliveConnection(url, "text=hi", Map.of(), Duration.ofSeconds(5))) {
            assertThat(connection.send()).isEqualTo(200);
            server.stop(0);

            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(connection::send).isInstanceOf(IOException.class);
            }
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", url.getPort()), 10);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            assertThat(connection.send()).isEqualTo(204);
        }
    }

    @Test
    void the_prepared_request_carries_the_length_and_the_headers() {
        String wire = new String(
                KeepAliveConnection.post(
                        URI.create("http://127.0.0.1:8080/slack/events"), "a=é", Map.of("X-Slack-Signature", "v0=1")),
                StandardCharsets.UTF_8);

        assertThat(wire)
                .startsWith("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Length: 4\r\n")
                .contains("X-Slack-Signature: v0=1\r\n")
                .endsWith("\r\n\r\na=é");
    }

    /** Answers 200 with a chunked body (length 0 means chunked in the JDK server), closing after each when asked. */
    private URI serve(boolean closeEach) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.createContext("/", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            clientPorts.add(exchange.getRemoteAddress().getPort());
            if (closeEach) {
                exchange.getResponseHeaders().add("Connection", "close");
            }
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("{\"ok\":true,\"text\":\"".getBytes(StandardCharsets.UTF_8));
                out.write("x".repeat(20_000).getBytes(StandardCharsets.UTF_8));
                out.write("\"}".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slack/events");
    }
}
