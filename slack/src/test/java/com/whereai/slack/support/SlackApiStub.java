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
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A recording stand-in for Slack's Web API and response_url on 127.0.0.1, speaking Slack's wire format:
 * form-encoded method calls under /api/, JSON posts to /response/..., JSON answers with "ok". A file upload (files
 * upload v2) works too: files.getUploadURLExternal hands out an upload address on this stub ({@link #UPLOAD_PATH}),
 * which takes the bytes as Slack's does, then files.completeUploadExternal and files.info answer for
 * {@link #FILE_ID}.
 */
public final class SlackApiStub implements AutoCloseable {

    /** The id of the file every upload to this stub gets. */
    public static final String FILE_ID = "F0CHART0001";
    /** Where files.getUploadURLExternal tells the app to send the file's bytes. */
    public static final String UPLOAD_PATH = "/upload/v1/where-ai-chart";

    /** One request as Slack would have received it ({@code bytes}: the body as sent, for uploads). */
    public record Call(String path, String body, Map<String, String> form, byte[] bytes) {
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
    private final Map<String, Queue<String>> once = new ConcurrentHashMap<>();

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
        answers.put(
                "files.getUploadURLExternal",
                "{\"ok\":true,\"upload_url\":\"" + base() + UPLOAD_PATH + "\",\"file_id\":\"" + FILE_ID + "\"}");
        // Slack completes an upload before it has processed the file: no mimetype yet, files.info has it later.
        answers.put(
                "files.completeUploadExternal",
                "{\"ok\":true,\"files\":[{\"id\":\"" + FILE_ID + "\",\"title\":\"chart\",\"mimetype\":\"\"}]}");
        answers.put(
                "files.info",
                "{\"ok\":true,\"file\":{\"id\":\"" + FILE_ID + "\",\"mimetype\":\"image/png\",\"filetype\":\"png\"}}");
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

    /**
     * Answer a Web API method with this JSON from now on; a path (a response_url's "/response/...", the upload's
     * {@link #UPLOAD_PATH}) with this body. An answer that starts "HTTP 500 " is sent with that status.
     */
    public void answer(String method, String json) {
        answers.put(method, json);
    }

    /** Answer the next call of a method (or to a path) with this, once; then as before. */
    public void answerOnce(String method, String json) {
        once.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(json);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Drops the calls recorded so far: a long test keeps what it checks, and frees the rest before measuring memory. */
    public void forget() {
        calls.clear();
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
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        String body = new String(bytes, StandardCharsets.UTF_8);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        Map<String, String> form = contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
                ? form(body)
                : Map.of();
        Call call = new Call(exchange.getRequestURI().getPath(), body, form, bytes);
        calls.add(call);
        String fallback = call.path().startsWith("/response/")
                ? "ok"
                : call.path().equals(UPLOAD_PATH) ? "OK - " + bytes.length : "{\"ok\":true}";
        String next =
                Optional.ofNullable(once.get(call.method())).map(Queue::poll).orElse(null);
        String answer = next != null ? next : answers.getOrDefault(call.method(), fallback);
        int status = answer.startsWith("{\"ok\":false") && call.path().startsWith("/response/") ? 404 : 200;
        if (answer.startsWith("HTTP ")) {
            status = Integer.parseInt(answer.substring(5, 8));
            answer = answer.substring(8).strip();
        }
        byte[] answerBytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", answer.startsWith("{") ? "application/json; charset=utf-8" : "text/plain");
        exchange.sendResponseHeaders(status, answerBytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answerBytes);
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
