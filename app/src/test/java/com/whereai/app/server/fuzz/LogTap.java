package com.whereai.app.server.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Captures what the app logs while the fuzzer runs. The app logs through slf4j-simple to System.err (its
 * simplelogger.properties), which slf4j-simple looks up on every line, so swapping System.err captures it. Every line
 * goes to a file (kept for reading after a failure) and is checked as it passes for the strings that must never be
 * logged; the heap holds only the offending lines (at most {@link #KEPT}), so the capture does not skew the memory
 * measurement.
 */
public final class LogTap implements AutoCloseable {

    private static final int KEPT = 20;

    private final PrintStream original = System.err;
    private final Lines lines;

    public LogTap(Path file, List<String> forbidden) throws IOException {
        Files.createDirectories(file.getParent());
        lines = new Lines(Files.newOutputStream(file), forbidden);
        System.setErr(new PrintStream(lines, true, StandardCharsets.UTF_8));
    }

    /** Lines that contained a forbidden string (a stack frame, a secret, user text), the first {@value #KEPT}. */
    public List<String> offending() {
        synchronized (lines) {
            return List.copyOf(lines.offending);
        }
    }

    public long lineCount() {
        synchronized (lines) {
            return lines.count;
        }
    }

    public long bytes() {
        synchronized (lines) {
            return lines.bytes;
        }
    }

    @Override
    public void close() throws IOException {
        System.setErr(original);
        lines.close();
    }

    private static final class Lines extends OutputStream {
        private final OutputStream file;
        private final List<String> forbidden;
        private final List<String> offending = new ArrayList<>();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private long count;
        private long bytes;

        Lines(OutputStream file, List<String> forbidden) {
            this.file = file;
            this.forbidden = forbidden;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int offset, int length) throws IOException {
            file.write(b, offset, length);
            bytes += length;
            for (int i = offset; i < offset + length; i++) {
                if (b[i] == '\n') {
                    check(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else if (line.size() < 1024 * 1024) {
                    line.write(b[i]);
                }
            }
        }

        private void check(String text) {
            count++;
            if (offending.size() < KEPT && forbidden.stream().anyMatch(text::contains)) {
                offending.add(text.length() > 500 ? text.substring(0, 500) + "..." : text);
            }
        }

        @Override
        public synchronized void close() throws IOException {
            if (line.size() > 0) {
                check(line.toString(StandardCharsets.UTF_8));
            }
            file.close();
        }
    }
}
