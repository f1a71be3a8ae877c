package com.whereai.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JfrHotMethodsTest {

    @TempDir
    Path dir;

    @Test
    void a_method_that_keeps_the_cpu_busy_heads_the_hot_methods_of_a_real_recording() throws Exception {
        Path file = dir.resolve("busy.jfr");
        long checksum;
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            recording.start();
            checksum = spinForCpuMillis(400);
            recording.stop();
            recording.dump(file);
        }
        JfrHotMethods report = new JfrHotMethods();
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                report.add(recording.readEvent());
            }
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        report.print(new PrintStream(text, true, StandardCharsets.UTF_8), 5);
        String printed = text.toString(StandardCharsets.UTF_8);

        assertThat(checksum).isNotZero();
        assertThat(Files.size(file)).isPositive();
        assertThat(printed).containsPattern("CPU samples \\(jdk.ExecutionSample\\): [1-9]");
        String selfTime = printed.substring(
                printed.indexOf("Hot methods, self time"), printed.indexOf("Hot methods, with callees"));
        assertThat(selfTime.lines().skip(1).findFirst().orElseThrow())
                .endsWith("com.whereai.benchmarks.JfrHotMethodsTest.spinForCpuMillis");
        assertThat(printed).contains("where-ai other");
    }

    /** Busy work until this thread has had the CPU for {@code millis}, however busy the machine is. */
    private static long spinForCpuMillis(long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + millis * 1_000_000;
        long x = 1;
        while (threads.getCurrentThreadCpuTime() < until) {
            for (int i = 0; i < 100_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
        }
        return x | 1;
    }
}
