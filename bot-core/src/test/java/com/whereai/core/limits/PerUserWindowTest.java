package com.whereai.core.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PerUserWindowTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void a_user_gets_so_many_uses_in_any_minute_and_refusals_do_not_count() {
        PerUserWindow window = new PerUserWindow(2, clock);

        assertThat(window.tryUse("U1")).isTrue();
        clock.millis += 30_000;
        assertThat(window.tryUse("U1")).isTrue();
        assertThat(window.tryUse("U1")).isFalse();
        assertThat(window.tryUse("U2")).isTrue();
        clock.millis += 30_001;
        assertThat(window.tryUse("U1"))
                .as("the first use is more than a minute old")
                .isTrue();
        assertThat(window.tryUse("U1")).isFalse();
    }

    @Test
    void no_known_user_is_never_limited() {
        PerUserWindow window = new PerUserWindow(1, clock);

        for (int i = 0; i < 5; i++) {
            assertThat(window.tryUse(null)).isTrue();
        }
    }

    private static final class MutableClock extends Clock {
        long millis = 1_000_000;

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
