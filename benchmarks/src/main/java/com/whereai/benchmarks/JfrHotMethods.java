package com.whereai.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes in a JFR recording, as text: CPU samples by component (the first frame from the top of the
 * stack that is not the JDK's), by thread, the hottest methods by self time and with their callees, allocation by
 * site, lock contention and GC pauses. JDK 17's {@code jfr} has no {@code view}; this reads the file with
 * {@code jdk.jfr.consumer} instead.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar com.whereai.benchmarks.JfrHotMethods recording.jfr [top]</pre>
 */
public final class JfrHotMethods {

    /** Components named by package prefix; the first prefix that matches wins, so the more specific come first. */
    private static final List<Map.Entry<String, String>> COMPONENTS = List.of(
            Map.entry("com.whereai.slack.render.", "where-ai Block Kit rendering"),
            Map.entry("com.whereai.slack.", "where-ai Slack listeners"),
            Map.entry("com.whereai.core.", "where-ai core (parse, compose)"),
            Map.entry("com.whereai.knowledge.", "where-ai knowledge"),
            Map.entry("com.whereai.", "where-ai other"),
            Map.entry("com.slack.api.bolt.", "Bolt for Java"),
            Map.entry("com.slack.api.", "Slack SDK (client, models)"),
            Map.entry("com.google.gson.", "Gson"),
            Map.entry("com.fasterxml.jackson.", "Jackson"),
            Map.entry("okhttp3.", "OkHttp"),
            Map.entry("okio.", "OkHttp"),
            Map.entry("kotlin.", "OkHttp (Kotlin stdlib)"),
            Map.entry("org.eclipse.jetty.", "Jetty"),
            Map.entry("jakarta.servlet.", "Jetty"),
            Map.entry("org.slf4j.", "logging"),
            Map.entry("org.apache.lucene.", "Lucene"),
            Map.entry("org.yaml.", "YAML"));

    private static final Set<String> JDK_PREFIXES =
            Set.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "org.ietf.", "org.w3c.", "org.xml.");

    private final Map<String, Long> self = new HashMap<>();
    private final Map<String, Long> inclusive = new HashMap<>();
    private final Map<String, Long> components = new HashMap<>();
    private final Map<String, Long> threads = new HashMap<>();
    private final Map<String, Long> allocations = new HashMap<>();
    private final Map<String, Long> contention = new HashMap<>();
    private long samples;
    private long allocated;
    private long gcCount;
    private Duration gcPauses = Duration.ZERO;
    private Duration longestGcPause = Duration.ZERO;

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrHotMethods recording.jfr [top]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        JfrHotMethods report = new JfrHotMethods();
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                report.add(file.readEvent());
            }
        }
        report.print(System.out, top);
    }

    void add(RecordedEvent event) {
        switch (event.getEventType().getName()) {
            case "jdk.ExecutionSample" -> sample(event);
            case "jdk.ObjectAllocationSample" -> {
                long weight = event.getLong("weight");
                allocated += weight;
                allocations.merge(site(event.getStackTrace()), weight, Long::sum);
            }
            case "jdk.JavaMonitorEnter" ->
                contention.merge(
                        event.getClass("monitorClass").getName() + " at " + site(event.getStackTrace()),
                        event.getDuration().toNanos(),
                        Long::sum);
            case "jdk.GarbageCollection" -> {
                gcCount++;
                Duration pause = event.getDuration("sumOfPauses");
                gcPauses = gcPauses.plus(pause);
                if (pause.compareTo(longestGcPause) > 0) {
                    longestGcPause = pause;
                }
            }
            default -> {}
        }
    }

    private void sample(RecordedEvent event) {
        RecordedStackTrace stack = event.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        samples++;
        List<RecordedFrame> frames = stack.getFrames();
        self.merge(method(frames.get(0)), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
            String method = method(frame);
            if (seen.add(method)) {
                inclusive.merge(method, 1L, Long::sum);
            }
        }
        components.merge(component(frames), 1L, Long::sum);
        RecordedThread thread = event.getThread("sampledThread");
        threads.merge(threadGroup(thread == null ? null : thread.getJavaName()), 1L, Long::sum);
    }

    void print(PrintStream out, int top) {
        out.printf("CPU samples (jdk.ExecutionSample): %d%n", samples);
        section(out, "By component (first non-JDK frame from the top of the stack)", components, top, samples);
        section(out, "By thread", threads, top, samples);
        section(out, "Hot methods, self time (top frame)", self, top, samples);
        section(out, "Hot methods, with callees (on the stack)", inclusive, top * 2, samples);
        out.printf("%nAllocation (jdk.ObjectAllocationSample): %.1f MB sampled weight%n", allocated / 1e6);
        section(out, "Allocation by site (first non-JDK frame)", allocations, top, allocated);
        out.printf(
                "%nGC: %d collections, %.1f ms paused in all, longest %.1f ms%n",
                gcCount, gcPauses.toNanos() / 1e6, longestGcPause.toNanos() / 1e6);
        if (contention.isEmpty()) {
            out.printf("%nLock contention (jdk.JavaMonitorEnter above the threshold): none%n");
        } else {
            long total = contention.values().stream().mapToLong(Long::longValue).sum();
            out.printf("%nLock contention (jdk.JavaMonitorEnter): %.1f ms blocked in all%n", total / 1e6);
            contention.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(top)
                    .forEach(e -> out.printf("  %10.1f ms  %s%n", e.getValue() / 1e6, e.getKey()));
        }
    }

    private static void section(PrintStream out, String title, Map<String, Long> counts, int top, long total) {
        out.printf("%n%s%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .limit(top)
                .forEach(e -> out.printf(
                        "  %6.1f %%  %10d  %s%n",
                        total == 0 ? 0.0 : 100.0 * e.getValue() / total, e.getValue(), e.getKey()));
    }

    private static String component(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (isJdk(type)) {
                continue;
            }
            for (Map.Entry<String, String> component : COMPONENTS) {
                if (type.startsWith(component.getKey())) {
                    return component.getValue();
                }
            }
            return packageOf(type);
        }
        return "JDK only: " + packageOf(frames.get(0).getMethod().getType().getName());
    }

    private static String site(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return "(no stack)";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            if (!isJdk(frame.getMethod().getType().getName())) {
                return method(frame);
            }
        }
        return method(stack.getFrames().get(0));
    }

    private static boolean isJdk(String type) {
        return JDK_PREFIXES.stream().anyMatch(type::startsWith);
    }

    private static String packageOf(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** Thread names without their numbers: "qtp1234-56" and "where-ai-worker-3" become "qtp" and "where-ai-worker". */
    private static String threadGroup(String name) {
        if (name == null) {
            return "(unnamed)";
        }
        String group = name.replaceAll("[-@#\\s]*\\d+", "").replaceAll("-+$", "");
        return group.isEmpty() ? name : group;
    }
}
