package com.whereai.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FixedRateLoadTest {

    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/x-www-form-urlencoded");

    private final AtomicInteger received = new AtomicInteger();
    private HttpServer server;
    private ExecutorService serverThreads;

    @AfterEach
    void stop() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    void sends_every_scheduled_request_and_times_each_answer() throws Exception {
        URI url = serve(4, 200, 0);

        FixedRateLoad.Outcome outcome = FixedRateLoad.run(new FixedRateLoad.Plan(url, 50, 1, "text=hi", HEADERS));

        assertThat(received).hasValue(50);
        assertThat(outcome.sortedNanos()).hasSize(50);
        assertThat(outcome.errors()).isZero();
        assertThat(outcome.resultLine())
                .startsWith("RESULT requests=50 ok=50 seconds=")
                .endsWith("errors=0 non2xx=0 timeouts=0");
    }

    @Test
    void a_stall_shows_in_the_requests_scheduled_behind_it_not_only_in_the_stalled_one() throws Exception {
        // One server thread: while it stalls 400 ms on the 10th request, the requests scheduled after it wait. Timed
        // from their intended send time, about a fifth of them are then slow, so the stall reaches the p80.
        URI url = serve(1, 200, 400);

        FixedRateLoad.Outcome outcome = FixedRateLoad.run(new FixedRateLoad.Plan(url, 50, 1, "text=hi", HEADERS));

        assertThat(outcome.errors()).isZero();
        assertThat(outcome.micros(0.99)).isGreaterThanOrEqualTo(350_000);
        assertThat(outcome.micros(0.80)).isGreaterThanOrEqualTo(100_000);
    }

    @Test
    void answers_other_than_2xx_are_errors_not_latencies() throws Exception {
        URI url = serve(4, 401, 0);

        FixedRateLoad.Outcome outcome = FixedRateLoad.run(new FixedRateLoad.Plan(url, 20, 1, "text=hi", HEADERS));

        assertThat(outcome.sortedNanos()).isEmpty();
        assertThat(outcome.errors()).isEqualTo(20);
        assertThat(outcome.non2xx()).isEqualTo(20);
        assertThat(outcome.resultLine()).contains("ok=0 ");
    }

    /** A server on 127.0.0.1 answering {@code status}; the 10th request takes {@code stallMillis} longer. */
    private URI serve(int threads, int status, long stallMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        serverThreads = Executors.newFixedThreadPool(threads);
        server.setExecutor(serverThreads);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (received.incrementAndGet() == 10 && stallMillis > 0) {
                try {
                    Thread.sleep(stallMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slack/events");
    }
}
