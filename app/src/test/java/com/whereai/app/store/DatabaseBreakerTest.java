package com.whereai.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A database that stops answering (here: a pool of one connection, held elsewhere, so each request waits out the
 * connection timeout) is skipped at once after a few failures, and used again once it answers.
 */
class DatabaseBreakerTest {

    private static final Duration SKIP_FOR = Duration.ofMillis(300);
    private HikariDataSource pool;
    private Database db;

    @BeforeEach
    void open() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:breaker-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        pool = new HikariDataSource(config);
        db = Database.over(pool, SKIP_FOR);
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void after_three_failures_the_database_is_skipped_without_waiting_then_tried_again() throws Exception {
        Connection held = pool.getConnection();
        for (int i = 0; i < Database.FAILURES_TO_OPEN; i++) {
            assertThatThrownBy(db::connection)
                    .isInstanceOf(SQLTransientConnectionException.class)
                    .isNotInstanceOf(Database.Skipped.class);
        }

        assertThatThrownBy(db::connection).isInstanceOf(Database.Skipped.class);
        assertThat(db.answering()).isFalse();

        held.close();
        Thread.sleep(SKIP_FOR.toMillis() + 100);
        try (Connection again = db.connection()) {
            assertThat(again.isValid(1)).isTrue();
        }
        assertThat(db.answering()).isTrue();
    }

    @Test
    void a_skipped_store_falls_back_as_for_any_failure() throws Exception {
        JdbcConversationStore conversations = new JdbcConversationStore(db, Duration.ofHours(1), Clock.systemUTC());
        Connection held = pool.getConnection();
        for (int i = 0; i < Database.FAILURES_TO_OPEN; i++) {
            assertThat(conversations.get("C1:U1")).isEmpty();
        }
        assertThat(db.answering()).isFalse();

        assertThat(isSkipped()).isTrue();
        assertThat(conversations.get("C1:U1")).isEmpty();
        assertThat(new JdbcUseLimits(db, Clock.systemUTC())
                        .perMinute("model-answers", 1)
                        .tryUse("U1"))
                .as("a use is allowed while the limits cannot be counted")
                .isTrue();
        assertThat(new JdbcSeenEvents(db, Clock.systemUTC()).firstTime("Ev1"))
                .as("an event is answered while its id cannot be checked")
                .isTrue();
        held.close();
    }

    private boolean isSkipped() {
        try (Connection c = db.connection()) {
            return false;
        } catch (SQLException e) {
            return Database.quietly(e);
        }
    }
}
