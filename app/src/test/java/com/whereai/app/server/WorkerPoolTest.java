package com.whereai.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

    @Test
    void work_past_the_queue_is_refused_at_once_and_reported_and_pending_work_is_counted_until_done() throws Exception {
        AtomicInteger rejected = new AtomicInteger();
        WorkerPool pool = new WorkerPool(1, 1, rejected::incrementAndGet);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.execute(() -> {
                running.countDown();
                await(release);
            });
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
            pool.execute(() -> {});

            assertThatThrownBy(() -> pool.execute(() -> {})).isInstanceOf(RejectedExecutionException.class);
            assertThat(rejected).hasValue(1);
            assertThat(pool.pending()).isEqualTo(2);

            release.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
            assertThat(pool.pending()).isZero();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void work_refused_because_the_pool_has_stopped_is_not_reported_as_too_busy() {
        AtomicInteger rejected = new AtomicInteger();
        WorkerPool pool = new WorkerPool(1, 1, rejected::incrementAndGet);
        pool.shutdown();

        assertThatThrownBy(() -> pool.execute(() -> {})).isInstanceOf(RejectedExecutionException.class);
        assertThat(rejected).hasValue(0);
        assertThat(pool.pending()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
