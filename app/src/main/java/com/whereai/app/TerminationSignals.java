package com.whereai.app;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * SIGTERM (what a container platform sends to stop a process, and {@code Process.destroy()}) and SIGINT (Ctrl-C) run
 * a graceful stop instead of ending the JVM at once, so the process can finish what it is doing and then exit 0 on
 * its own. A second signal while stopping ends it at once. Uses {@code sun.misc.Signal} (module jdk.unsupported, kept
 * for exactly this); where the JVM does not let us handle the signals (-Xrs), the graceful stop runs as a shutdown hook.
 */
final class TerminationSignals {

    private static final Logger LOG = LoggerFactory.getLogger(TerminationSignals.class);

    private TerminationSignals() {}

    /** Runs {@code gracefulStop} on the first SIGTERM or SIGINT, on the signal's own thread. */
    static void onTermination(Runnable gracefulStop) {
        AtomicBoolean stopping = new AtomicBoolean();
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    if (stopping.compareAndSet(false, true)) {
                        LOG.info("SIG{}: stopping gracefully (send it again to stop at once)", signal.getName());
                        gracefulStop.run();
                    } else {
                        LOG.warn("SIG{} again: stopping at once", signal.getName());
                        System.exit(128 + signal.getNumber());
                    }
                });
            } catch (IllegalArgumentException e) {
                LOG.info(
                        "SIG{} cannot be handled here ({}); stopping gracefully at shutdown instead",
                        name,
                        e.getMessage());
                if (stopping.compareAndSet(false, true)) {
                    Runtime.getRuntime().addShutdownHook(new Thread(gracefulStop, "where-ai-graceful-stop"));
                }
            }
        }
    }
}
