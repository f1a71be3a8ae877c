package com.whereai.slack.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A recording stand-in for Slack's Web API and response_url on 127.0.0.1, speaking Slack's wire format:
 * form-encoded method calls under /api/, JSON posts to /response/..., JSON answers with "ok".
 */
public final class SlackApiStub implements AutoCloseable {

    /** One request as Slack would have received it. */
    public record Call(String path, String body, Map<String, String> form) {
        public String method() {
            return path.startsWith("/api/") ? path.substring(5) : path;
        }

        public String param(String name) {
            return form.get(name);
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();

    public SlackApiStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        answers.put(
                "auth.test",
                "{\"ok\":true,\"url\":\"https://test.slack.com/\",\"team\":\"Test\",\"user\":\"where-ai\","
                        + "\"team_id\":\"T0TEST\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}");
        answers.put("users.info", "{\"ok\":true,\"user\":{\"id\":\"U1\",\"name\":\"anna\",\"locale\":\"sv-SE\"}}");
        answers.put("chat.postMessage", "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000200\"}");
        answers.put("chat.postEphemeral", "{\"ok\":true,\"message_ts\":\"1700000000.000300\"}");
        answers.put("views.open", "{\"ok\":true,\"view\":{\"id\":\"V1\"}}");
        answers.put("views.publish", "{\"ok\":true,\"view\":{\"id\":\"V2\"}}");
        server.start();
    }

    /** The Web API base URL to give the app (SLACK_API_URL). */
    public String apiUrl() {
        return base() + "/api/";
    }

    /** A response_url that this stub records. */
    public String responseUrl(String id) {
        return base() + "/response/" + id;
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answer a Web API method with this JSON from now on. */
    public void answer(String method, String json) {
        answers.put(method, json);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits up to 5 s for a call matching the predicate. */
    public Call await(String method, Predicate<Call> matching) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until) {
            for (Call call : calls) {
                if (call.method().equals(method) && matching.test(call)) {
                    return call;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no " + method + " call within 5 s; calls were: "
                + calls.stream().map(Call::method).toList());
    }

    public Call await(String method) throws InterruptedException {
        return await(method, c -> true);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        Map<String, String> form = contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
                ? form(body)
                : Map.of();
        Call call = new Call(exchange.getRequestURI().getPath(), body, form);
        calls.add(call);
        String answer =
                call.path().startsWith("/response/") ? "ok" : answers.getOrDefault(call.method(), "{\"ok\":true}");
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", answer.startsWith("{") ? "application/json; charset=utf-8" : "text/plain");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(key, value);
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static List<String> names(List<Call> calls) {
        List<String> names = new ArrayList<>();
        calls.forEach(c -> names.add(c.method()));
        return names;
    }
}
