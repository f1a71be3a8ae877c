package com.whereai.app.server.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the fuzzer sent and got back, per category, and the answers that break the rules. */
public final class Tally {

    private final Map<String, Map<String, Integer>> answers = new TreeMap<>();
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private long slowestMillis;

    public synchronized void record(HostileRequest request, RawHttp.Answer answer, boolean endingAllowed) {
        answers.computeIfAbsent(request.category(), c -> new TreeMap<>()).merge(answer.label(), 1, Integer::sum);
        slowestMillis = Math.max(slowestMillis, answer.millis());
        boolean serverError = answer.ending() == RawHttp.Ending.STATUS
                && answer.status() >= 500
                && !(answer.status() == 505 && !speaksHttp1(request));
        boolean hang = answer.ending() == RawHttp.Ending.TIMEOUT;
        boolean noAnswer = answer.ending() != RawHttp.Ending.STATUS && !endingAllowed;
        if ((serverError || hang || noAnswer) && violations.size() < 50) {
            violations.add(request.category() + " -> " + answer.label() + ": " + describe(request));
        }
    }

    public synchronized int sent() {
        return answers.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToInt(Integer::intValue)
                .sum();
    }

    public synchronized Map<String, Map<String, Integer>> answers() {
        Map<String, Map<String, Integer>> copy = new TreeMap<>();
        answers.forEach((category, counts) -> copy.put(category, new TreeMap<>(counts)));
        return copy;
    }

    /** Statuses over all categories. */
    public synchronized Map<String, Integer> statuses() {
        Map<String, Integer> all = new TreeMap<>();
        answers.values().forEach(counts -> counts.forEach((label, n) -> all.merge(label, n, Integer::sum)));
        return all;
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    public synchronized long slowestMillis() {
        return slowestMillis;
    }

    /**
     * Whether the request line names HTTP/1.0 or 1.1. One that does not (HTTP/0.9 with no version, HTTP/9.9) is
     * refused by Jetty's parser with 505 HTTP Version Not Supported before any of the app's code runs: that 505 is the
     * protocol's answer to the client's mistake, the one 5xx allowed.
     */
    static boolean speaksHttp1(HostileRequest request) {
        String head = new String(request.head(), java.nio.charset.StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n");
        String requestLine = end < 0 ? head : head.substring(0, end);
        return requestLine.endsWith(" HTTP/1.1") || requestLine.endsWith(" HTTP/1.0");
    }

    private static String describe(HostileRequest request) {
        String head = new String(request.head(), java.nio.charset.StandardCharsets.ISO_8859_1);
        String body = new String(
                request.body(), 0, Math.min(300, request.body().length), java.nio.charset.StandardCharsets.ISO_8859_1);
        return (head.length() > 600 ? head.substring(0, 600) + "..." : head).replace("\r\n", " | ") + body;
    }
}
