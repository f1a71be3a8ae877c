package com.whereai.app.server.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as bytes on the wire, so it can lie: any method and target, duplicated headers, a Content-Length
 * that does not match the body. {@code halfClose}: the client stops sending after the bytes (the server sees the end
 * of the stream, not a pause).
 */
public record HostileRequest(String category, Target target, byte[] head, byte[] body, boolean halfClose) {

    /** Which server instance the request goes to. */
    public enum Target {
        /** Slack over HTTP and Teams without an app id (local only). */
        OPEN,
        /** Teams with MICROSOFT_APP_ID set. */
        AUTHENTICATED
    }

    /**
     * A request with {@code Host} and {@code Connection: close} added, and a true Content-Length unless the headers
     * already carry one (or Transfer-Encoding).
     */
    public static HostileRequest of(
            String category,
            Target target,
            String method,
            String path,
            List<Map.Entry<String, String>> headers,
            byte[] body) {
        List<Map.Entry<String, String>> all = new ArrayList<>(headers);
        boolean framed = headers.stream().anyMatch(h -> {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            return name.equals("content-length") || name.equals("transfer-encoding");
        });
        if (!framed) {
            all.add(Map.entry("Content-Length", Integer.toString(body.length)));
        }
        return raw(category, target, method + " " + path + " HTTP/1.1", all, body, false);
    }

    /** Everything as given: the request line, the headers (plus Host and Connection: close), the body. */
    public static HostileRequest raw(
            String category,
            Target target,
            String requestLine,
            List<Map.Entry<String, String>> headers,
            byte[] body,
            boolean halfClose) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        write(head, requestLine + "\r\n");
        write(head, "Host: 127.0.0.1\r\n");
        write(head, "Connection: close\r\n");
        for (Map.Entry<String, String> header : headers) {
            write(head, header.getKey() + ": " + header.getValue() + "\r\n");
        }
        write(head, "\r\n");
        return new HostileRequest(category, target, head.toByteArray(), body, halfClose);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
