package com.whereai.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.answer.AnswerCounters;
import com.whereai.core.answer.ModelCallOutcome;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the core reports becomes the right metrics in the Prometheus scrape. */
class WhereAiMetricsTest {

    private final WhereAiMetrics metrics = new WhereAiMetrics();
    private final AnswerCounters counters = new AnswerCounters();

    @Test
    void questions_refused_before_the_model_count_as_rejected_not_as_model_calls() {
        metrics.answers(counters);

        counters.modelCall(ModelCallOutcome.BUSY, Duration.ZERO);
        counters.modelCall(ModelCallOutcome.RATE_LIMITED, Duration.ZERO);
        counters.modelCall(ModelCallOutcome.RATE_LIMITED, Duration.ZERO);
        counters.modelCall(ModelCallOutcome.FAILED, Duration.ofMillis(300));
        metrics.rejected("queue_full");

        Scrape scrape = Scrape.of(metrics.scrape());
        assertThat(scrape.value("whereai_rejected_total", Map.of("reason", "model_busy")))
                .isEqualTo(1);
        assertThat(scrape.value("whereai_rejected_total", Map.of("reason", "rate_limited")))
                .isEqualTo(2);
        assertThat(scrape.value("whereai_rejected_total", Map.of("reason", "queue_full")))
                .isEqualTo(1);
        assertThat(scrape.value("whereai_model_calls_seconds_count", Map.of("outcome", "failed")))
                .isEqualTo(1);
        assertThat(scrape.matching("whereai_model_calls_seconds_count", Map.of("outcome", "busy")))
                .isEmpty();
    }

    @Test
    void a_failed_reply_is_counted_with_status_error() {
        metrics.replies(Surface.TEAMS).failed(Duration.ofMillis(5));

        assertThat(Scrape.of(metrics.scrape())
                        .value(
                                "whereai_replies_seconds_count",
                                Map.of("surface", "teams", "intent", "unknown", "status", "error")))
                .isEqualTo(1);
    }

    @Test
    void http_statuses_are_counted_by_class() {
        metrics.request(Surface.SLACK, 200, Duration.ofMillis(3));
        metrics.request(Surface.SLACK, 204, Duration.ofMillis(3));
        metrics.request(Surface.SLACK, 503, Duration.ofMillis(3));

        Scrape scrape = Scrape.of(metrics.scrape());
        assertThat(scrape.value("whereai_requests_seconds_count", Map.of("surface", "slack", "status", "2xx")))
                .isEqualTo(2);
        assertThat(scrape.value("whereai_requests_seconds_count", Map.of("surface", "slack", "status", "5xx")))
                .isEqualTo(1);
    }
}
