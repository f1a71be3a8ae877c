package com.whereai.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.whereai.core.situation.Signal;
import com.whereai.core.situation.Situation;
import com.whereai.knowledge.OptionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryConversationStoreTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final InMemoryConversationStore store = new InMemoryConversationStore(3, Duration.ofHours(24), clock);

    @Test
    void a_conversation_gets_back_what_it_stored_and_no_other_conversation_does() {
        store.put("slack:C1/1.1", state(Signal.SENSITIVE_DATA));

        assertThat(store.get("slack:C1/1.1")).contains(state(Signal.SENSITIVE_DATA));
        assertThat(store.get("slack:C1/2.2")).isEmpty();
    }

    @Test
    void storing_again_replaces_what_was_there() {
        store.put("c", state(Signal.SENSITIVE_DATA));
        store.put("c", state(Signal.NO_IT_STAFF));

        assertThat(store.get("c")).contains(state(Signal.NO_IT_STAFF));
    }

    @Test
    void start_over_clears_one_conversation_only() {
        store.put("a", state(Signal.SENSITIVE_DATA));
        store.put("b", state(Signal.OFFLINE));

        store.clear("a");
        store.clear("never-stored");

        assertThat(store.get("a")).isEmpty();
        assertThat(store.get("b")).isPresent();
    }

    @Test
    void a_full_store_forgets_the_least_recently_used_conversation() {
        store.put("a", state(Signal.SENSITIVE_DATA));
        store.put("b", state(Signal.OFFLINE));
        store.put("c", state(Signal.PROTOTYPE));
        store.get("a");

        store.put("d", state(Signal.LOW_LATENCY));

        assertThat(store.size()).isEqualTo(3);
        assertThat(store.get("b")).as("least recently used").isEmpty();
        assertThat(store.get("a")).isPresent();
        assertThat(store.get("c")).isPresent();
        assertThat(store.get("d")).isPresent();
    }

    @Test
    void a_conversation_is_forgotten_a_day_after_it_last_stored_something() {
        store.put("c", state(Signal.SENSITIVE_DATA));

        clock.move(Duration.ofHours(23).plusMinutes(59));
        assertThat(store.get("c")).isPresent();
        clock.move(Duration.ofMinutes(1));
        assertThat(store.get("c")).isEmpty();
        assertThat(store.size())
                .as("an expired conversation is dropped when looked at")
                .isZero();
    }

    @Test
    void storing_again_starts_the_day_over() {
        store.put("c", state(Signal.SENSITIVE_DATA));
        clock.move(Duration.ofHours(20));
        store.put("c", state(Signal.NO_IT_STAFF));

        clock.move(Duration.ofHours(20));

        assertThat(store.get("c")).contains(state(Signal.NO_IT_STAFF));
    }

    @Test
    void the_default_store_keeps_ten_thousand_conversations_for_a_day() {
        assertThat(InMemoryConversationStore.DEFAULT_CAPACITY).isEqualTo(10_000);
        assertThat(InMemoryConversationStore.DEFAULT_TTL).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void many_threads_at_once_keep_it_bounded_and_consistent() throws Exception {
        InMemoryConversationStore shared = new InMemoryConversationStore(100, Duration.ofHours(1), Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        String key = "c" + (thread * 2_000 + i) % 300;
                        shared.put(key, state(Signal.SENSITIVE_DATA));
                        shared.get(key);
                        if (i % 7 == 0) {
                            shared.clear(key);
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(shared.size()).isBetween(0, 100);
    }

    @Test
    void a_store_without_room_or_time_is_refused() {
        assertThatThrownBy(() -> new InMemoryConversationStore(0, Duration.ofHours(1), clock))
                .hasMessageContaining("capacity");
        assertThatThrownBy(() -> new InMemoryConversationStore(10, Duration.ZERO, clock))
                .hasMessageContaining("ttl");
    }

    private static ConversationState state(Signal signal) {
        return new ConversationState(Situation.of(signal), Map.of(), OptionId.LOCAL, null);
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void move(Duration by) {
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
