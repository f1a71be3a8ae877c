package com.whereai.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
        ExecutorService completions = Executors.newFixedThreadPool(2, daemon());
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .executor(completions)
                .build();
        if (warmup > 0) {
            run(http, new Plan(url, rate, warmup, body, headers));
        }
        Outcome outcome = run(http, new Plan(url, rate, seconds, body, headers));
        System.out.println(outcome.resultLine());
        completions.shutdownNow();
    }

    static Outcome run(HttpClient http, Plan plan) throws InterruptedException {
        int count = plan.requests();
        long[] latencies = new long[count];
        Arrays.fill(latencies, -1);
        AtomicInteger non2xx = new AtomicInteger();
        AtomicInteger timeouts = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<String, AtomicInteger> failures = new java.util.concurrent.ConcurrentHashMap<>();
        CountDownLatch finished = new CountDownLatch(count);
        HttpRequest.Builder template = HttpRequest.newBuilder(plan.url())
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(plan.body()));
        plan.headers().forEach(template::header);
        HttpRequest request = template.build();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long intended = start + i * plan.periodNanos();
            for (long wait = intended - System.nanoTime(); wait > 0; wait = intended - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                if (error != null) {
                    errors.incrementAndGet();
                    Throwable cause = error.getCause() == null ? error : error.getCause();
                    failures.computeIfAbsent(cause.getClass().getSimpleName(), k -> new AtomicInteger())
                            .incrementAndGet();
                    if (error instanceof java.net.http.HttpTimeoutException
                            || error.getCause() instanceof java.net.http.HttpTimeoutException) {
                        timeouts.incrementAndGet();
                    }
                } else if (response.statusCode() / 100 != 2) {
                    errors.incrementAndGet();
                    non2xx.incrementAndGet();
                } else {
                    latencies[index] = System.nanoTime() - intended;
                }
                finished.countDown();
            });
        }
        double seconds = Math.max(plan.seconds(), (System.nanoTime() - start) / 1e9);
        if (!finished.await(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
            System.err.println("some requests were still unanswered after the timeout");
        }
        failures.forEach((kind, n) -> System.err.printf("%d requests failed with %s%n", n.get(), kind));
        long[] answered = Arrays.stream(latencies).filter(n -> n >= 0).sorted().toArray();
        int unanswered = count - answered.length - errors.get();
        return new Outcome(answered, errors.get() + unanswered, non2xx.get(), timeouts.get() + unanswered, seconds);
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            System.err.println(name + " is not set (scripts/load/sign.js prints it)");
            System.exit(2);
        }
        return value;
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "fixed-rate-completions");
            thread.setDaemon(true);
            return thread;
        };
    }

    private FixedRateLoad() {}
}
