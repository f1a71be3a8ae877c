package com.whereai.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The liveness and readiness probes through a real Jetty, in each state of a server's life. */
class ProbesTest {

    private final Readiness readiness = new Readiness();
    private final java.util.concurrent.atomic.AtomicBoolean storeAnswering =
            new java.util.concurrent.atomic.AtomicBoolean(true);
    private final HttpClient http = HttpClient.newHttpClient();
    private Server jetty;
    private ServerConnector connector;

    @BeforeEach
    void start() throws Exception {
        jetty = new Server();
        connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(ProbeServlet.liveness()), "/health/live");
        context.addServlet(new ServletHolder(ProbeServlet.readiness(readiness, storeAnswering::get)), "/health/ready");
        jetty.setHandler(context);
        jetty.start();
    }

    @AfterEach
    void stop() throws Exception {
        jetty.stop();
    }

    @Test
    void a_server_still_starting_is_live_but_not_ready() throws Exception {
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).isEqualTo("{\"status\":\"starting\",\"store\":\"answering\"}");
    }

    @Test
    void a_started_server_is_ready() throws Exception {
        readiness.started();

        HttpResponse<String> ready = get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"ready\",\"store\":\"answering\"}");
        assertThat(ready.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    }

    @Test
    void a_draining_server_stays_live_and_never_becomes_ready_again() throws Exception {
        readiness.started();
        readiness.draining();
        readiness.started();

        assertThat(get("/health/ready").statusCode()).isEqualTo(503);
        assertThat(get("/health/ready").body()).isEqualTo("{\"status\":\"draining\",\"store\":\"answering\"}");
        assertThat(get("/health/live").body()).isEqualTo("{\"status\":\"live\"}");
    }

    @Test
    void a_server_whose_database_is_skipped_stays_ready_and_says_so() throws Exception {
        readiness.started();
        storeAnswering.set(false);

        HttpResponse<String> ready = get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"ready\",\"store\":\"skipped\"}");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + connector.getLocalPort() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
