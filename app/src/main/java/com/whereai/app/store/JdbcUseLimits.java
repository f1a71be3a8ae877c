package com.whereai.app.store;

import com.whereai.core.limits.UseLimit;
import com.whereai.core.limits.UseLimits;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-user limits counted in the database, per clock minute (a fixed window: simple and exact across replicas, where
 * the in-memory limit slides). A use is counted only while under the limit, in one conditional update, so two replicas
 * can never let a user past it together. When the database fails the use is allowed.
 */
public final class JdbcUseLimits implements UseLimits {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcUseLimits.class);
    private static final long MINUTE_MILLIS = 60_000;
    private static final int PRUNE_EVERY = 1_000;

    private final Database db;
    private final Clock clock;
    private final AtomicLong uses = new AtomicLong();

    public JdbcUseLimits(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public UseLimit perMinute(String name, int perMinute) {
        return userId -> userId == null || tryUse(name, perMinute, Keys.of(userId));
    }

    private boolean tryUse(String name, int perMinute, String user) {
        long minute = clock.millis() / MINUTE_MILLIS;
        try (Connection c = db.connection()) {
            if (countUnder(c, name, user, minute, perMinute) == 1) {
                return true;
            }
            if (perMinute < 1) {
                return false;
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO use_count (limit_name, user_key, window_minute, uses) VALUES (?, ?, ?, 1)"
                            + " ON CONFLICT DO NOTHING")) {
                insert.setString(1, name);
                insert.setString(2, user);
                insert.setLong(3, minute);
                if (insert.executeUpdate() == 0) {
                    return countUnder(c, name, user, minute, perMinute) == 1;
                }
            }
            if (uses.incrementAndGet() % PRUNE_EVERY == 0) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM use_count WHERE window_minute < ?")) {
                    delete.setLong(1, minute - 1);
                    delete.executeUpdate();
                }
            }
            return true;
        } catch (SQLException e) {
            Sql.warn(LOG, e, "Counting a use of '{}' failed (SQLState {}); allowing it", name);
            return true;
        }
    }

    /** Adds one use if the user is still under the limit this minute; 1 when counted, 0 when over or no row yet. */
    private static int countUnder(Connection c, String name, String user, long minute, int perMinute)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE use_count SET uses = uses + 1 "
                + "WHERE limit_name = ? AND user_key = ? AND window_minute = ? AND uses < ?")) {
            update.setString(1, name);
            update.setString(2, user);
            update.setLong(3, minute);
            update.setInt(4, perMinute);
            return update.executeUpdate();
        }
    }
}
