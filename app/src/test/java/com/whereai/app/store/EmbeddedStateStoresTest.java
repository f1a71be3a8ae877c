package com.whereai.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.whereai.core.conversation.ConversationState;
import com.whereai.core.feedback.FeedbackEntry;
import com.whereai.core.limits.UseLimit;
import com.whereai.core.situation.Signal;
import com.whereai.core.situation.Situation;
import com.whereai.knowledge.CriterionId;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state stores on the embedded database: what a server keeps across messages and restarts with no setting. */
class EmbeddedStateStoresTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));

    @Test
    void a_conversation_reads_back_as_it_was_kept_until_it_expires() {
        ConversationState state = new ConversationState(
                new Situation(
                        EnumSet.of(Signal.SENSITIVE_DATA, Signal.MODEL_SIZE),
                        70.0,
                        24.0,
                        200L,
                        Set.of(Signal.IT_STAFF),
                        Set.of(Signal.SENSITIVE_DATA)),
                Map.of(CriterionId.values()[0], 5.0),
                OptionId.OWN_SERVER,
                OptionId.LOCAL);
        String longThreadKey = "slack:T1:C1:" + "1234567890.123456:".repeat(20);
        try (Database db = Database.open(null, dataDir)) {
            JdbcConversationStore store = new JdbcConversationStore(db, Duration.ofHours(24), clock);
            store.put("slack:C1:U1", state);
            store.put(longThreadKey, state);

            assertThat(store.get("slack:C1:U1")).contains(state);
            assertThat(store.get(longThreadKey)).contains(state);
            assertThat(store.get("slack:C1:U2")).isEmpty();

            clock.advance(Duration.ofHours(25));
            assertThat(store.get("slack:C1:U1")).as("expired after a day").isEmpty();
            store.put("slack:C1:U1", state);
            store.clear("slack:C1:U1");
            assertThat(store.get("slack:C1:U1")).as("start over").isEmpty();
        }
    }

    @Test
    void feedback_counts_survive_closing_and_reopening_the_database() {
        FeedbackEntry up = new FeedbackEntry("question", null, Lang.SV, true);
        FeedbackEntry down = new FeedbackEntry("recommend", OptionId.RENTED_SERVER, Lang.EN, false);
        try (Database db = Database.open(null, dataDir)) {
            JdbcFeedbackLog log = new JdbcFeedbackLog(db);
            log.record(up);
            log.record(up);
            log.record(down);
        }
        try (Database db = Database.open(null, dataDir)) {
            JdbcFeedbackLog log = new JdbcFeedbackLog(db);
            log.record(up);

            assertThat(log.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(up, 3L, down, 1L));
        }
    }

    @Test
    void a_slack_event_id_is_new_once_within_the_keep_window() {
        try (Database db = Database.open(null, dataDir)) {
            JdbcSeenEvents seen = new JdbcSeenEvents(db, clock);

            assertThat(seen.firstTime("Ev1")).isTrue();
            assertThat(seen.firstTime("Ev1")).isFalse();
            assertThat(seen.firstTime("Ev2")).isTrue();
            assertThat(seen.firstTime(null)).isTrue();
            clock.advance(Duration.ofMinutes(16));
            assertThat(seen.firstTime("Ev1"))
                    .as("past the keep window it is a new delivery")
                    .isTrue();
            assertThat(seen.firstTime("Ev1")).isFalse();
        }
    }

    @Test
    void a_user_gets_the_limit_each_minute_and_no_more_and_users_and_limits_count_apart() {
        try (Database db = Database.open(null, dataDir)) {
            JdbcUseLimits limits = new JdbcUseLimits(db, clock);
            UseLimit answers = limits.perMinute("model-answers", 2);
            UseLimit readings = limits.perMinute("situation-readings", 1);

            assertThat(answers.tryUse("U1")).isTrue();
            assertThat(answers.tryUse("U1")).isTrue();
            assertThat(answers.tryUse("U1")).isFalse();
            assertThat(answers.tryUse("U2")).isTrue();
            assertThat(readings.tryUse("U1")).isTrue();
            assertThat(answers.tryUse(null))
                    .as("no known user is never limited")
                    .isTrue();
            clock.advance(Duration.ofMinutes(1));
            assertThat(answers.tryUse("U1")).isTrue();
        }
    }

    @Test
    void a_database_url_that_is_not_postgresql_is_refused_without_echoing_it() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://db/x?password=hunter2", dataDir))
                .isInstanceOf(Database.DatabaseException.class)
                .hasMessageContaining("jdbc:postgresql:")
                .hasMessageNotContaining("hunter2");
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
