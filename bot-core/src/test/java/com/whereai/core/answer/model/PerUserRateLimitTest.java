package com.whereai.core.answer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.whereai.core.answer.QuestionAnswerer;
import com.whereai.core.answer.QuestionRequest;
import com.whereai.core.answer.model.ModelUnavailableException.Reason;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PerUserRateLimitTest {

    private static final Reply ANSWER =
            Reply.builder(Intent.QUESTION, Lang.EN).title("from the model").build();

    private final AtomicInteger asked = new AtomicInteger();
    private final QuestionAnswerer model = (request, partials) -> {
        asked.incrementAndGet();
        return ANSWER;
    };
    private final MutableClock clock = new MutableClock();
    private final PerUserRateLimit limit = new PerUserRateLimit(model, 2, clock);

    @Test
    void past_a_users_limit_the_question_is_refused_as_rate_limited_without_reaching_the_model() {
        assertThat(limit.answer(ask("U1"), p -> {})).isSameAs(ANSWER);
        assertThat(limit.answer(ask("U1"), p -> {})).isSameAs(ANSWER);

        assertThatThrownBy(() -> limit.answer(ask("U1"), p -> {}))
                .isInstanceOfSatisfying(
                        ModelUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED));
        assertThat(asked).hasValue(2);
    }

    @Test
    void each_user_has_a_limit_of_their_own() {
        limit.answer(ask("U1"), p -> {});
        limit.answer(ask("U1"), p -> {});

        assertThat(limit.answer(ask("U2"), p -> {})).isSameAs(ANSWER);
    }

    @Test
    void a_minute_after_a_question_it_no_longer_counts() {
        limit.answer(ask("U1"), p -> {});
        clock.advance(Duration.ofSeconds(30));
        limit.answer(ask("U1"), p -> {});

        clock.advance(Duration.ofSeconds(31));

        assertThat(limit.answer(ask("U1"), p -> {})).isSameAs(ANSWER);
        assertThatThrownBy(() -> limit.answer(ask("U1"), p -> {})).isInstanceOf(ModelUnavailableException.class);
    }

    @Test
    void a_refused_question_does_not_count_against_the_limit() {
        limit.answer(ask("U1"), p -> {});
        limit.answer(ask("U1"), p -> {});
        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> limit.answer(ask("U1"), p -> {})).isInstanceOf(ModelUnavailableException.class);

        clock.advance(Duration.ofSeconds(31));

        assertThat(limit.answer(ask("U1"), p -> {})).isSameAs(ANSWER);
        assertThat(limit.answer(ask("U1"), p -> {})).isSameAs(ANSWER);
    }

    @Test
    void a_question_from_no_known_user_is_never_limited() {
        for (int i = 0; i < 5; i++) {
            assertThat(limit.answer(ask(null), p -> {})).isSameAs(ANSWER);
        }
    }

    @Test
    void streams_when_what_it_wraps_streams() {
        assertThat(limit.streams()).isFalse();
        assertThat(new PerUserRateLimit(new StreamingAnswerer(), 2, clock).streams())
                .isTrue();
    }

    private static QuestionRequest ask(String userId) {
        return new QuestionRequest("How do I install Ollama?", Lang.EN, userId);
    }

    private static final class StreamingAnswerer implements QuestionAnswerer {
        @Override
        public Reply answer(QuestionRequest question, java.util.function.Consumer<String> partials) {
            return ANSWER;
        }

        @Override
        public boolean streams() {
            return true;
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
