package com.whereai.app.store;

import com.whereai.slack.listen.SeenEvents;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack event ids in the database: the first replica to insert an id answers it; a retry reaching any replica finds it
 * there and is dropped. When the database fails the event is answered (a rare double answer beats a lost one).
 */
public final class JdbcSeenEvents implements SeenEvents {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcSeenEvents.class);
    private static final int PRUNE_EVERY = 1_000;
    private static final int MAX_ID_LENGTH = 255;

    private final Database db;
    private final Clock clock;
    private final AtomicLong inserts = new AtomicLong();

    public JdbcSeenEvents(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean firstTime(String eventId) {
        if (eventId == null || eventId.length() > MAX_ID_LENGTH) {
            return true;
        }
        long now = clock.millis();
        try (Connection c = db.connection()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO seen_event (event_id, seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, eventId);
                insert.setLong(2, now);
                if (insert.executeUpdate() == 0) {
                    return renewIfExpired(c, eventId, now);
                }
            }
            if (inserts.incrementAndGet() % PRUNE_EVERY == 0) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM seen_event WHERE seen_at < ?")) {
                    delete.setLong(1, now - KEEP.toMillis());
                    delete.executeUpdate();
                }
            }
            return true;
        } catch (SQLException e) {
            Sql.warn(LOG, e, "Checking a Slack event id failed (SQLState {}); answering it");
            return true;
        }
    }

    /** An id seen longer ago than {@link #KEEP} counts as new again (exactly one replica wins the update). */
    private static boolean renewIfExpired(Connection c, String eventId, long now) throws SQLException {
        try (PreparedStatement update =
                c.prepareStatement("UPDATE seen_event SET seen_at = ? WHERE event_id = ? AND seen_at < ?")) {
            update.setLong(1, now);
            update.setString(2, eventId);
            update.setLong(3, now - KEEP.toMillis());
            return update.executeUpdate() == 1;
        }
    }
}
