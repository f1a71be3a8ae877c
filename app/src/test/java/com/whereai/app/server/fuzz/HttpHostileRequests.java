package com.whereai.app.server.fuzz;

import com.whereai.app.server.fuzz.HostileRequest.Target;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Hostile HTTP itself: wrong methods and paths, a Content-Length that lies, 10 MB bodies. */
public final class HttpHostileRequests {

    private static final int TEN_MB = 10 * 1024 * 1024;
    private static final List<String> PATHS = List.of(
            "/slack/events",
            "/api/messages",
            "/health",
            "/",
            "/slack/events/",
            "/slack/events/../health",
            "/slack/%2e%2e/health",
            "//slack/events",
            "/slack/events?x=1&x=2",
            "/slack/events;jsessionid=1",
            "/api/messages%00",
            "/api/messages/..%2f..%2fetc/passwd",
            "/health?" + "x".repeat(6000),
            "/" + "a".repeat(20_000),
            "/sl\u00e4ck/events",
            "/%ff%fe",
            "*",
            "http://attacker.invalid/slack/events",
            "/slack/events#frag",
            "/WEB-INF/web.xml",
            "/.git/config");
    private static final List<String> METHODS = List.of(
            "GET",
            "HEAD",
            "PUT",
            "DELETE",
            "PATCH",
            "OPTIONS",
            "TRACE",
            "CONNECT",
            "PROPFIND",
            "POST",
            "FOO",
            "get",
            "P\u00d6ST",
            "");

    private final Random random;
    private final SlackHostileRequests slack;

    public HttpHostileRequests(Random random, SlackHostileRequests slack) {
        this.random = random;
        this.slack = slack;
    }

    public HostileRequest wrongMethodOrPath() {
        String method = pick(METHODS);
        String path = pick(PATHS);
        byte[] body = random.nextBoolean() ? new byte[0] : "{\"type\":\"message\"}".getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(6) == 0) {
            String line = pick(
                    method + " " + path,
                    method + " " + path + " HTTP/9.9",
                    method + " " + path + " HTTP/1.1 extra",
                    "\u0000\u0001\u0002",
                    "GET /health HTTP/1.1\r\nX: " + "y".repeat(70_000),
                    method + "  " + path + "  HTTP/1.1");
            return HostileRequest.raw("wrong-method-or-path", Target.OPEN, line, List.of(), body, true);
        }
        return HostileRequest.of("wrong-method-or-path", Target.OPEN, method, path, List.of(), body);
    }

    public HostileRequest lyingContentLength() {
        HostileRequest honest = random.nextBoolean()
                ? slack.signed(
                        "lying-content-length",
                        "command=/where-ai&text=vram+13b".getBytes(StandardCharsets.UTF_8),
                        "application/x-www-form-urlencoded")
                : HostileRequest.of(
                        "lying-content-length",
                        Target.OPEN,
                        "POST",
                        "/api/messages",
                        List.of(Map.entry("Content-Type", "application/json")),
                        "{\"type\":\"message\",\"text\":\"help\"}".getBytes(StandardCharsets.UTF_8));
        String head = new String(honest.head(), StandardCharsets.UTF_8);
        String requestLine = head.substring(0, head.indexOf("\r\n"));
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String line : head.substring(head.indexOf("\r\n") + 2).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0
                    && !line.startsWith("Content-Length")
                    && !line.startsWith("Host")
                    && !line.startsWith("Connection")) {
                headers.add(Map.entry(line.substring(0, colon), line.substring(colon + 2)));
            }
        }
        byte[] body = honest.body();
        int length = body.length;
        switch (random.nextInt(9)) {
            case 0 -> headers.add(Map.entry("Content-Length", Integer.toString(length + 1 + random.nextInt(5000))));
            case 1 ->
                headers.add(Map.entry(
                        "Content-Length", Integer.toString(Math.max(0, length - 1 - random.nextInt(length)))));
            case 2 ->
                headers.add(Map.entry("Content-Length", pick("-1", "abc", "", "1e3", "99999999999999999999", " 5")));
            case 3 -> {
                headers.add(Map.entry("Content-Length", Integer.toString(length)));
                headers.add(Map.entry("Content-Length", Integer.toString(length + 10)));
            }
            case 4 -> {
                headers.add(Map.entry("Content-Length", Integer.toString(length)));
                headers.add(Map.entry("Transfer-Encoding", "chunked"));
            }
            case 5 -> {
                headers.add(Map.entry("Transfer-Encoding", "chunked"));
                body = pick("zz\r\nabc\r\n0\r\n\r\n", "5\r\nab\r\n0\r\n\r\n", "ffffffffffffffff\r\nx\r\n", "3\r\nabc")
                        .getBytes(StandardCharsets.UTF_8);
            }
            case 6 -> headers.add(Map.entry("Transfer-Encoding", pick("gzip", "chunked, identity", "x")));
            case 7 -> headers.add(Map.entry("Content-Length", Integer.toString(TEN_MB * 100)));
            default -> {
                headers.add(Map.entry("Content-Length", Integer.toString(length)));
                body = Arrays.copyOf(body, length + 200); // more bytes than announced: a smuggled "next request"
                byte[] smuggled = "GET /health HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.UTF_8);
                System.arraycopy(smuggled, 0, body, length, smuggled.length);
            }
        }
        return HostileRequest.raw("lying-content-length", Target.OPEN, requestLine, headers, body, true);
    }

    public HostileRequest tenMegabytes() {
        byte[] body = new byte[TEN_MB];
        Arrays.fill(body, (byte) 'a');
        return switch (random.nextInt(4)) {
            case 0 -> slack.signed("10mb-body", formBody(body), "application/x-www-form-urlencoded");
            case 1 ->
                HostileRequest.of(
                        "10mb-body",
                        Target.OPEN,
                        "POST",
                        "/slack/events",
                        List.of(Map.entry("Content-Type", "application/x-www-form-urlencoded")),
                        body);
            case 2 ->
                HostileRequest.of(
                        "10mb-body",
                        Target.OPEN,
                        "POST",
                        "/api/messages",
                        List.of(Map.entry("Content-Type", "application/json")),
                        body);
            default ->
                HostileRequest.of(
                        "10mb-body",
                        Target.AUTHENTICATED,
                        "POST",
                        "/api/messages",
                        List.of(Map.entry("Content-Type", "application/json")),
                        body);
        };
    }

    private static byte[] formBody(byte[] filler) {
        byte[] prefix = "command=/where-ai&text=".getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(prefix, prefix.length + filler.length);
        System.arraycopy(filler, 0, body, prefix.length, filler.length);
        return body;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
