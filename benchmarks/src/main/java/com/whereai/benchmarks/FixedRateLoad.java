package com.whereai.benchmarks;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator: POSTs one signed request at a fixed rate, on schedule whether or not earlier ones
 * have been answered, and measures each latency from the moment the request was <em>meant</em> to be sent, so a
 * stalled server shows up in the percentiles instead of slowing the generator down (no coordinated omission).
 * Every latency is kept, so the percentiles are exact. Prints one {@code RESULT} line in the same format as
 * {@code scripts/load/slash-command.lua}.
 *
 * <p>The body and its Slack signature come from the environment ({@code SLACK_BODY}, {@code SLACK_TS},
 * {@code SLACK_SIG}, see {@code scripts/load/sign.js}); {@code scripts/load/slack-load.sh} runs it.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar com.whereai.benchmarks.FixedRateLoad URL RATE SECONDS [WARMUP]</pre>
 */
public final class FixedRateLoad {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_SECONDS = 300;
    /**
     * Connections (and sender threads): enough that, at 200/s, each has 40 ms before its next request is due, so a
     * slow answer of up to that long delays nothing else.
     */
    static final int CONNECTIONS = 8;
    /** Time to start the senders before the first request is due. */
    private static final long START_DELAY_NANOS = 20_000_000L;

    /** What to send, how often and for how long. */
    record Plan(URI url, int rate, int seconds, String body, Map<String, String> headers) {

        int requests() {
            return rate * seconds;
        }

        long periodNanos() {
            return 1_000_000_000L / rate;
        }
    }

    /** One phase's outcome: the latencies of the answered requests (nanoseconds, sorted) and the failures. */
    record Outcome(long[] sortedNanos, int errors, int non2xx, int timeouts, double seconds) {

        String resultLine() {
            return String.format(
                    java.util.Locale.ROOT,
                    "RESULT requests=%d ok=%d seconds=%.3f p50_us=%d p99_us=%d p999_us=%d max_us=%d errors=%d non2xx=%d"
                            + " timeouts=%d",
                    sortedNanos.length + errors,
                    sortedNanos.length,
                    seconds,
                    micros(0.50),
                    micros(0.99),
                    micros(0.999),
                    sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1] / 1000,
                    errors,
                    non2xx,
                    timeouts);
        }

        /** Nearest-rank percentile. */
        long micros(double quantile) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(quantile * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank))] / 1000;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3) {
            System.err.println(
                    "usage: FixedRateLoad URL RATE SECONDS [WARMUP_SECONDS]  (env SLACK_BODY, SLACK_TS, SLACK_SIG)");
            System.exit(2);
        }
        String body = required("SLACK_BODY");
        Map<String, String> headers = Map.of(
                "Content-Type", "application/x-www-form-urlencoded",
                "X-Slack-Request-Timestamp", required("SLACK_TS"),
                "X-Slack-Signature", required("SLACK_SIG"));
        URI url = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Math.min(MAX_SECONDS, Integer.parseInt(args[2]));
        int warmup = args.length > 3 ? Math.min(MAX_SECONDS, Integer.parseInt(args[3])) : 0;
        if (warmup > 0) {
            run(new Plan(url, rate, warmup, body, headers));
        }
        Outcome outcome = run(new Plan(url, rate, seconds, body, headers));
        System.out.println(outcome.resultLine());
    }

    /**
     * Runs the plan on {@link #CONNECTIONS} keep-alive connections, each with its own thread: connection {@code c}
     * sends requests {@code c}, {@code c + CONNECTIONS}, ..., each at its intended time or, when its previous answer
     * came late, at once. A slow answer delays only what was scheduled behind it on its connection, and every
     * latency is counted from the intended time, so the delay is measured, not hidden.
     */
    static Outcome run(Plan plan) throws InterruptedException {
        int count = plan.requests();
        long[] latencies = new long[count];
        Arrays.fill(latencies, -1);
        AtomicInteger non2xx = new AtomicInteger();
        AtomicInteger timeouts = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        long start = System.nanoTime() + START_DELAY_NANOS;
        long startMillis = System.currentTimeMillis() + START_DELAY_NANOS / 1_000_000;
        // a server that stops answering costs each connection one timeout, not one per request it still had
        long deadline = start + plan.seconds() * 1_000_000_000L + TIMEOUT.toNanos();
        List<Thread> senders = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            int first = c;
            Thread sender = new Thread(
                    () -> {
                        try (KeepAliveConnection connection =
                                new KeepAliveConnection(plan.url(), plan.body(), plan.headers(), TIMEOUT)) {
                            for (int i = first; i < count; i += CONNECTIONS) {
                                if (System.nanoTime() > deadline) {
                                    int left = (count - 1 - i) / CONNECTIONS + 1;
                                    errors.addAndGet(left);
                                    timeouts.addAndGet(left);
                                    break;
                                }
                                long intended = start + i * plan.periodNanos();
                                for (long wait = intended - System.nanoTime();
                                        wait > 0;
                                        wait = intended - System.nanoTime()) {
                                    LockSupport.parkNanos(wait);
                                }
                                try {
                                    int status = connection.send();
                                    if (status / 100 == 2) {
                                        latencies[i] = System.nanoTime() - intended;
                                    } else {
                                        errors.incrementAndGet();
                                        non2xx.incrementAndGet();
                                    }
                                } catch (SocketTimeoutException e) {
                                    errors.incrementAndGet();
                                    timeouts.incrementAndGet();
                                } catch (IOException | RuntimeException e) {
                                    errors.incrementAndGet();
                                    failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger())
                                            .incrementAndGet();
                                }
                            }
                        }
                    },
                    "fixed-rate-sender-" + c);
            sender.setDaemon(true);
            senders.add(sender);
            sender.start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
        double seconds = Math.max(plan.seconds(), (System.nanoTime() - start) / 1e9);
        failures.forEach((kind, n) -> System.err.printf("%d requests failed with %s%n", n.get(), kind));
        trace(plan, latencies, startMillis);
        long[] answered = Arrays.stream(latencies).filter(n -> n >= 0).sorted().toArray();
        return new Outcome(answered, errors.get(), non2xx.get(), timeouts.get(), seconds);
    }

    /**
     * With {@code FIXED_RATE_TRACE=FILE}, writes each request's intended send time (epoch ms) and latency (µs, -1 when
     * it failed) to FILE, a line each, to line the slow ones up with a server's GC or safepoint log.
     */
    private static void trace(Plan plan, long[] latencies, long startMillis) {
        String file = System.getenv("FIXED_RATE_TRACE");
        if (file == null || file.isBlank()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < latencies.length; i++) {
            lines.append(startMillis + i * plan.periodNanos() / 1_000_000)
                    .append(' ')
                    .append(latencies[i] < 0 ? -1 : latencies[i] / 1000)
                    .append('\n');
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), lines);
        } catch (IOException e) {
            System.err.println("could not write the trace to " + file + ": " + e.getMessage());
        }
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            System.err.println(name + " is not set (scripts/load/sign.js prints it)");
            System.exit(2);
        }
        return value;
    }

    private FixedRateLoad() {}
}
