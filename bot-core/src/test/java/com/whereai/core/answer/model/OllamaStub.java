package com.whereai.core.answer.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for an Ollama server on 127.0.0.1 speaking its HTTP API: /api/tags, and /api/chat streaming
 * NDJSON (or one JSON object when "stream" is false). What it answers is set per test.
 */
public final class OllamaStub implements AutoCloseable {

    public enum Mode {
        ANSWER,
        SERVER_ERROR,
        MISSING_MODEL,
        SLOW_START,
        STALL,
        GARBAGE
    }

    private final HttpServer server;
    public final List<String> chatRequests = new CopyOnWriteArrayList<>();
    public volatile Mode mode = Mode.ANSWER;
    public volatile List<String> tokens = List.of("Hello");
    public volatile long delayMillis = 0;
    /** A pause between tokens, as a real model has. */
    public volatile long tokenDelayMillis = 0;
    /**
     * When set, what a chat call with a "format" (structured output: the situation reader's) gets as its message
     * content, in one non-streamed JSON object; other calls still get {@link #tokens}. Null: every call gets the tokens.
     */
    public volatile String formatReply = null;

    private volatile CountDownLatch held = null;
    private final CountDownLatch firstTokenSent = new CountDownLatch(1);

    public OllamaStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext(
                "/api/tags",
                exchange -> send(
                        exchange,
                        200,
                        "{\"models\":[{\"name\":\"llama3.1:8b\",\"model\":\"llama3.1:8b\","
                                + "\"modified_at\":\"2026-11-01T10:00:00Z\",\"size\":4920753328,\"digest\":\"abc123\",\"details\":{\"format\":\"gguf\","
                                + "\"family\":\"llama\",\"parameter_size\":\"8.0B\",\"quantization_level\":\"Q4_K_M\"}}]}"));
        server.createContext("/api/chat", this::chat);
        server.start();
    }

    /** From now on a streamed answer stops after its first token until {@link #release()}: a model still writing. */
    public void holdAfterFirstToken() {
        held = new CountDownLatch(1);
    }

    /** Lets held answers go on to the end. */
    public void release() {
        CountDownLatch latch = held;
        if (latch != null) {
            latch.countDown();
        }
    }

    /** Waits until an answer's first token has gone out; returns whether it did within {@code timeout}. */
    public boolean awaitFirstToken(Duration timeout) throws InterruptedException {
        return firstTokenSent.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void chat(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        chatRequests.add(body);
        switch (mode) {
            case SERVER_ERROR -> send(exchange, 500, "{\"error\":\"something went wrong\"}");
            case MISSING_MODEL ->
                send(exchange, 404, "{\"error\":\"model \\\"llama3.1:8b\\\" not found, try pulling it first\"}");
            case GARBAGE -> send(exchange, 200, "this is not json at all\n");
            default -> {
                if (formatReply != null && hasFormat(body)) {
                    structured(exchange, formatReply);
                } else {
                    stream(exchange, body.replaceAll("\\s", "").contains("\"stream\":false"));
                }
            }
        }
    }

    private void stream(HttpExchange exchange, boolean whole) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            if (mode == Mode.SLOW_START) {
                sleep(delayMillis);
            }
            if (whole) {
                out.write(
                        ("{\"model\":\"llama3.1:8b\",\"created_at\":\"2026-11-27T10:00:00Z\",\"message\":{\"role\":\"assistant\",\"content\":\""
                                        + escape(String.join("", tokens))
                                        + "\"},\"done\":true,\"done_reason\":\"stop\",\"eval_count\":10}\n")
                                .getBytes(StandardCharsets.UTF_8));
                return;
            }
            int sent = 0;
            boolean first = true;
            for (String token : tokens) {
                out.write(
                        ("{\"model\":\"llama3.1:8b\",\"created_at\":\"2026-11-27T10:00:00Z\",\"message\":{\"role\":\"assistant\",\"content\":\""
                                        + escape(token) + "\"},\"done\":false}\n")
                                .getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (first) {
                    first = false;
                    firstTokenSent.countDown();
                    awaitRelease();
                }
                sleep(tokenDelayMillis);
                if (mode == Mode.STALL && ++sent == 2) {
                    sleep(delayMillis);
                }
            }
            out.write(
                    ("{\"model\":\"llama3.1:8b\",\"created_at\":\"2026-11-27T10:00:01Z\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},"
                                    + "\"done\":true,\"done_reason\":\"stop\",\"total_duration\":1000,\"prompt_eval_count\":50,\"eval_count\":20}\n")
                            .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client gave up on a slow or stalled answer: fine
        }
    }

    /** The recorded chat requests that asked for structured output (a "format"), in order. */
    public List<String> formatRequests() {
        return chatRequests.stream().filter(OllamaStub::hasFormat).toList();
    }

    private static boolean hasFormat(String body) {
        try {
            return new ObjectMapper().readTree(body).has("format");
        } catch (IOException e) {
            return false;
        }
    }

    private void structured(HttpExchange exchange, String content) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            if (mode == Mode.SLOW_START) {
                sleep(delayMillis);
            }
            out.write(
                    ("{\"model\":\"llama3.1:8b\",\"created_at\":\"2026-11-27T10:00:00Z\",\"message\":{\"role\":\"assistant\",\"content\":\""
                                    + escape(content)
                                    + "\"},\"done\":true,\"done_reason\":\"stop\",\"eval_count\":10}\n")
                            .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client gave up on a slow answer: fine
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private void awaitRelease() {
        CountDownLatch latch = held;
        if (latch == null) {
            return;
        }
        try {
            latch.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
