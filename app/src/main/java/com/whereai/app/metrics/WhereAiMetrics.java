package com.whereai.app.metrics;

import com.whereai.core.answer.AnswerCounters;
import com.whereai.core.answer.AnswerPath;
import com.whereai.core.answer.ModelCallOutcome;
import com.whereai.core.observe.ReplyObserver;
import com.whereai.core.reply.Intent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;

/**
 * where-ai's metrics in one Prometheus registry, scraped at {@code GET /metrics}. Every label is one of a fixed set
 * (a {@link Surface}, an {@link Intent} id, an HTTP status class, an {@link AnswerPath}, a {@link ModelCallOutcome}):
 * no user text, no user id, ever.
 */
public final class WhereAiMetrics {

    /** The buckets of every latency histogram: from a quick ack to a long model answer. */
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(10),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60)
    };

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public WhereAiMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        for (String reason : new String[] {"queue_full", "model_busy", "rate_limited"}) {
            rejectedCounter(reason);
        }
    }

    /** One HTTP request to a surface's endpoint: {@code whereai_requests_seconds{surface, status}}. */
    public void request(Surface surface, int status, Duration took) {
        Timer.builder("whereai.requests")
                .description("HTTP requests to the Slack and Teams endpoints, by surface and status class")
                .tag("surface", surface.label())
                .tag("status", statusClass(status))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(took);
    }

    /** Hears the replies the bot gives on {@code surface}: {@code whereai_replies_seconds{surface, intent, status}}. */
    public ReplyObserver replies(Surface surface) {
        return new ReplyObserver() {
            @Override
            public void replied(Intent intent, Duration took) {
                reply(surface, intent.id(), "ok").record(took);
            }

            @Override
            public void failed(Duration took) {
                reply(surface, "unknown", "error").record(took);
            }
        };
    }

    private Timer reply(Surface surface, String intent, String status) {
        return Timer.builder("whereai.replies")
                .description("Replies composed, by surface, intent and status (ok, error); a model-written one until"
                        + " the model finished")
                .tag("surface", surface.label())
                .tag("intent", intent)
                .tag("status", status)
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    /**
     * The core's counters: answers by path ({@code whereai_answers_total{path}}), feedback ({@code
     * whereai_feedback_total{vote}}), and the local model's calls ({@code whereai_model_calls_seconds{outcome}}; a
     * question refused before the model, busy or rate-limited, counts in {@code whereai_rejected_total{reason}}).
     */
    public void answers(AnswerCounters counters) {
        for (AnswerPath path : AnswerPath.values()) {
            FunctionCounter.builder("whereai.answers", counters, c -> c.answers(path))
                    .description("Free-form questions answered, by path (model, retrieval, fallback)")
                    .tag("path", path.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        FunctionCounter.builder("whereai.feedback", counters, AnswerCounters::thumbsUp)
                .description("Feedback on model-written answers")
                .tag("vote", "up")
                .register(registry);
        FunctionCounter.builder("whereai.feedback", counters, AnswerCounters::thumbsDown)
                .description("Feedback on model-written answers")
                .tag("vote", "down")
                .register(registry);
        counters.listen((outcome, took) -> {
            if (outcome.refused()) {
                rejected(outcome == ModelCallOutcome.BUSY ? "model_busy" : "rate_limited");
            } else {
                Timer.builder("whereai.model.calls")
                        .description("Answers asked of the local model, by outcome (answered, timed_out, failed)")
                        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                        .serviceLevelObjectives(BUCKETS)
                        .register(registry)
                        .record(took);
            }
        });
    }

    /** The worker pool's queue and threads ({@code executor_queued_tasks{name="where-ai-workers"}} and the rest). */
    public void workers(ExecutorService workers) {
        new ExecutorServiceMetrics(workers, "where-ai-workers", List.of()).bindTo(registry);
    }

    /** Work refused at once: {@code whereai_rejected_total{reason}} (queue_full, model_busy, rate_limited). */
    public void rejected(String reason) {
        rejectedCounter(reason).increment();
    }

    private Counter rejectedCounter(String reason) {
        return Counter.builder("whereai.rejected")
                .description("Work refused at once: the worker queue full, the local model busy, a user over the limit")
                .tag("reason", reason)
                .register(registry);
    }

    /** {@code whereai_ready}: 1 while the server takes traffic, 0 while starting or draining. */
    public void readiness(BooleanSupplier ready) {
        Gauge.builder("whereai.ready", ready, r -> r.getAsBoolean() ? 1 : 0)
                .description("1 while the server takes traffic, 0 while starting or draining")
                .strongReference(true)
                .register(registry);
    }

    /**
     * {@code whereai_store_answering}: 1 while the database is used, 0 while it is skipped because it did not answer
     * (the bot answers on without conversations, limits and event memory).
     */
    public void store(BooleanSupplier answering) {
        Gauge.builder("whereai.store.answering", answering, a -> a.getAsBoolean() ? 1 : 0)
                .description("1 while the state database is used, 0 while it is skipped because it did not answer")
                .strongReference(true)
                .register(registry);
    }

    /** Every metric in Prometheus' text format. */
    public String scrape() {
        return registry.scrape();
    }

    private static String statusClass(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
    }
}
