package com.whereai.app.server;

import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Everything a server shutting down lets finish: requests being handled, work queued for the workers, Teams turns
 * that outlived their HTTP answer. Each part counts itself; this adds them up and waits for none to be left.
 */
final class InFlightWork {

    private static final long POLL_MILLIS = 20;

    private final List<IntSupplier> parts;

    InFlightWork(List<IntSupplier> parts) {
        this.parts = List.copyOf(parts);
    }

    int count() {
        return parts.stream().mapToInt(IntSupplier::getAsInt).sum();
    }

    /** Waits until nothing is in flight, or {@code timeout} has passed; returns whether nothing is. */
    boolean awaitNone(Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (count() > 0) {
            if (System.nanoTime() - until >= 0) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return count() == 0;
            }
        }
        return true;
    }
}
