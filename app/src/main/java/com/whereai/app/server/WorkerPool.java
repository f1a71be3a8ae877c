package com.whereai.app.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that do slow work after Slack's acknowledgement, with a bounded queue: past it, work is refused at once
 * ({@link RejectedExecutionException}, the user gets a short "too busy" answer) and {@code onRejected} hears it. Counts
 * the work queued or running, which a server shutting down waits for.
 */
final class WorkerPool extends ThreadPoolExecutor {

    private final AtomicInteger pending = new AtomicInteger();
    private final Runnable onRejected;

    WorkerPool(int threads, int queued, Runnable onRejected) {
        super(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queued), daemonThreads());
        this.onRejected = onRejected;
    }

    /** Work queued or running now. */
    int pending() {
        return pending.get();
    }

    @Override
    public void execute(Runnable work) {
        pending.incrementAndGet();
        try {
            super.execute(work);
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            if (!isShutdown()) {
                onRejected.run();
            }
            throw e;
        }
    }

    @Override
    protected void afterExecute(Runnable work, Throwable failure) {
        pending.decrementAndGet();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "where-ai-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
