package com.whereai.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Ack latency of signed {@code /where-ai} slash commands at a fixed rate, against the real packaged server
 * on 127.0.0.1. Starts a stub Slack Web API (auth.test, users.info, response_url) on loopback, starts
 * {@code where-ai.jar serve} pointed at it, sends commands for a bounded time, prints p50/p90/p99/max, and
 * stops everything. Nothing leaves the machine.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar com.whereai.benchmarks.SlackAckLoad [jar] [rate/s] [seconds]</pre>
 */
public final class SlackAckLoad {

    private static final String SECRET = "load-test-signing-secret";

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "app/target/where-ai.jar");
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int seconds = Math.min(120, args.length > 2 ? Integer.parseInt(args[2]) : 20);
        AtomicInteger answers = new AtomicInteger();
        HttpServer slack = stubSlack(answers);
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), "serve");
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("SLACK_SIGNING_SECRET", SECRET);
        builder.environment().put("SLACK_BOT_TOKEN", "xoxb-load-test");
        builder.environment()
                .put("SLACK_API_URL", "http://127.0.0.1:" + slack.getAddress().getPort() + "/api/");
        builder.environment().remove("SLACK_APP_TOKEN");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process server = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            waitForHealth(http, port);
            String url = "http://127.0.0.1:" + port + "/slack/events";
            String responseUrl = "http://127.0.0.1:" + slack.getAddress().getPort() + "/response/load";
            run(http, url, responseUrl, rate, 3, null);
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            AtomicInteger failures = run(http, url, responseUrl, rate, seconds, latencies);
            report(new ArrayList<>(latencies), failures.get(), rate, seconds, answers.get());
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
            slack.stop(0);
        }
    }

    private static AtomicInteger run(
            HttpClient http,
            String url,
            String responseUrl,
            int rate,
            int seconds,
            ConcurrentLinkedQueue<Long> latencies)
            throws InterruptedException {
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        String[] texts = {
            "compare 1 2a", "vram 70b q4", "vi har patientjournaler och ingen IT-avdelning", "what is vram?", "2b"
        };
        AtomicInteger sent = new AtomicInteger();
        ticker.scheduleAtFixedRate(
                () -> {
                    String body = form(texts[sent.getAndIncrement() % texts.length], responseUrl);
                    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(5))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-Slack-Request-Timestamp", timestamp)
                            .header("X-Slack-Signature", sign(timestamp, body))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
                    long start = System.nanoTime();
                    inFlight.incrementAndGet();
                    http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                            .whenComplete((response, error) -> {
                                inFlight.decrementAndGet();
                                if (error != null || response.statusCode() != 200) {
                                    failures.incrementAndGet();
                                } else if (latencies != null) {
                                    latencies.add(System.nanoTime() - start);
                                }
                            });
                },
                0,
                1_000_000_000L / rate,
                TimeUnit.NANOSECONDS);
        Thread.sleep(seconds * 1000L);
        ticker.shutdownNow();
        for (int i = 0; i < 100 && inFlight.get() > 0; i++) {
            Thread.sleep(50);
        }
        return failures;
    }

    private static void report(List<Long> nanos, int failures, int rate, int seconds, int answers) {
        Collections.sort(nanos);
        System.out.printf(
                "signed /where-ai commands: %d acked at %d/s for %d s, %d failed; %d answers reached response_url%n",
                nanos.size(), rate, seconds, failures, answers);
        if (!nanos.isEmpty()) {
            System.out.printf(
                    "ack latency: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos.get(nanos.size() - 1) / 1e6);
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    private static String form(String text, String responseUrl) {
        return "command=" + enc("/where-ai") + "&text=" + enc(text)
                + "&user_id=U1&channel_id=C1&team_id=T1&trigger_id=t1" + "&response_url=" + enc(responseUrl);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0="
                    + HexFormat.of()
                            .formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer stubSlack(AtomicInteger answers) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String body;
            if (path.startsWith("/response/")) {
                answers.incrementAndGet();
                body = "ok";
            } else if (path.endsWith("auth.test")) {
                body =
                        "{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\",\"team\":\"Load\",\"user\":\"where-ai\"}";
            } else if (path.endsWith("users.info")) {
                body = "{\"ok\":true,\"user\":{\"id\":\"U1\",\"locale\":\"sv-SE\"}}";
            } else {
                body = "{\"ok\":true}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static void waitForHealth(HttpClient http, int port) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("where-ai did not start on port " + port);
    }

    private SlackAckLoad() {}
}
