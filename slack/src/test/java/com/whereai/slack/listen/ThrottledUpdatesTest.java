package com.whereai.slack.listen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottledUpdatesTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        long millis;

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
            return Instant.ofEpochMilli(millis);
        }
    }

    @Test
    void passes_text_on_at_most_once_a_second() {
        HandClock clock = new HandClock();
        List<String> sent = new ArrayList<>();
        ThrottledUpdates updates = new ThrottledUpdates(sent::add, clock);

        clock.millis = 300;
        updates.accept("a");
        clock.millis = 1_000;
        updates.accept("ab");
        clock.millis = 1_500;
        updates.accept("abc");
        clock.millis = 2_100;
        updates.accept("abcd");

        assertThat(sent).containsExactly("ab", "abcd");
    }

    @Test
    void a_failed_update_is_skipped_and_the_next_one_still_goes_out() {
        HandClock clock = new HandClock();
        List<String> sent = new ArrayList<>();
        boolean[] fail = {true};
        ThrottledUpdates updates = new ThrottledUpdates(
                text -> {
                    if (fail[0]) {
                        fail[0] = false;
                        throw new IllegalStateException("chat.update failed: ratelimited");
                    }
                    sent.add(text);
                },
                clock);

        clock.millis = 5_000;
        updates.accept("first");
        clock.millis = 6_000;
        updates.accept("second");

        assertThat(sent).containsExactly("second");
    }
}
