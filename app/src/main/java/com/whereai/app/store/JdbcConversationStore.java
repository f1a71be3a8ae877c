package com.whereai.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.core.conversation.ConversationState;
import com.whereai.core.conversation.ConversationStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each conversation's last situation in the database, so a follow-up reaching another replica (or the same one after
 * a restart) continues the conversation. Kept for {@code ttl} after its last message. When the database fails, a
 * message is answered without its conversation rather than not at all.
 */
public final class JdbcConversationStore implements ConversationStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcConversationStore.class);
    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** Expired conversations are deleted once every so many writes. */
    private static final int PRUNE_EVERY = 500;

    private final Database db;
    private final Duration ttl;
    private final Clock clock;
    private final AtomicLong writes = new AtomicLong();

    public JdbcConversationStore(Database db, Duration ttl, Clock clock) {
        this.db = db;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public Optional<ConversationState> get(String conversationId) {
        try (Connection c = db.connection();
                PreparedStatement select = c.prepareStatement(
                        "SELECT state_json FROM conversation_state WHERE conversation_key = ? AND updated_at > ?")) {
            select.setString(1, Keys.of(conversationId));
            select.setLong(2, clock.millis() - ttl.toMillis());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(JSON.readValue(row.getString(1), StoredConversation.class)
                        .toState());
            }
        } catch (SQLException e) {
            Sql.warn(LOG, e, "Reading a conversation failed (SQLState {}); answering without it");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            LOG.warn("A stored conversation could not be read ({}); answering without it", e.getOriginalMessage());
            return Optional.empty();
        }
    }

    @Override
    public void put(String conversationId, ConversationState state) {
        String key = Keys.of(conversationId);
        String json;
        try {
            json = JSON.writeValueAsString(StoredConversation.of(state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a conversation state is always writable as JSON", e);
        }
        long now = clock.millis();
        try (Connection c = db.connection()) {
            if (update(c, key, json, now) == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO conversation_state (conversation_key, state_json, updated_at) VALUES (?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")) {
                    insert.setString(1, key);
                    insert.setString(2, json);
                    insert.setLong(3, now);
                    if (insert.executeUpdate() == 0) {
                        update(c, key, json, now); // another replica inserted it first: the later write wins
                    }
                }
            }
            if (writes.incrementAndGet() % PRUNE_EVERY == 0) {
                prune(c, now);
            }
        } catch (SQLException e) {
            Sql.warn(LOG, e, "Keeping a conversation failed (SQLState {}); its next message starts afresh");
        }
    }

    @Override
    public void clear(String conversationId) {
        try (Connection c = db.connection();
                PreparedStatement delete =
                        c.prepareStatement("DELETE FROM conversation_state WHERE conversation_key = ?")) {
            delete.setString(1, Keys.of(conversationId));
            delete.executeUpdate();
        } catch (SQLException e) {
            Sql.warn(LOG, e, "Forgetting a conversation failed (SQLState {})");
        }
    }

    private static int update(Connection c, String key, String json, long now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE conversation_state SET state_json = ?, updated_at = ? WHERE conversation_key = ?")) {
            update.setString(1, json);
            update.setLong(2, now);
            update.setString(3, key);
            return update.executeUpdate();
        }
    }

    private void prune(Connection c, long now) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM conversation_state WHERE updated_at <= ?")) {
            delete.setLong(1, now - ttl.toMillis());
            delete.executeUpdate();
        }
    }
}
