package com.whereai.app.store;

import com.whereai.core.feedback.FeedbackEntry;
import com.whereai.core.feedback.FeedbackLog;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Thumbs up and down counted in the database, per reply kind, option, language and direction; never the question. */
public final class JdbcFeedbackLog implements FeedbackLog {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcFeedbackLog.class);
    /** The option column of feedback about no option in particular. */
    private static final String NO_OPTION = "";

    private final Database db;

    public JdbcFeedbackLog(Database db) {
        this.db = db;
    }

    @Override
    public void record(FeedbackEntry entry) {
        String option = entry.option() == null ? NO_OPTION : entry.option().name();
        try (Connection c = db.connection()) {
            if (increment(c, entry, option) > 0) {
                return;
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO feedback_count "
                            + "(reply_kind, option_id, lang, thumbs_up, times) VALUES (?, ?, ?, ?, 1) ON CONFLICT DO NOTHING")) {
                insert.setString(1, entry.replyKind());
                insert.setString(2, option);
                insert.setString(3, entry.lang().code());
                insert.setBoolean(4, entry.up());
                if (insert.executeUpdate() == 0) {
                    increment(c, entry, option); // another replica counted the first one meanwhile
                }
            }
        } catch (SQLException e) {
            Sql.warn(LOG, e, "Counting feedback failed (SQLState {})");
        }
    }

    @Override
    public Map<FeedbackEntry, Long> counts() {
        Map<FeedbackEntry, Long> counts = new LinkedHashMap<>();
        try (Connection c = db.connection();
                PreparedStatement select =
                        c.prepareStatement("SELECT reply_kind, option_id, lang, thumbs_up, times FROM feedback_count");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String option = rows.getString(2);
                Lang.fromCode(rows.getString(3)).ifPresent(lang -> {
                    try {
                        counts.put(
                                new FeedbackEntry(
                                        rows.getString(1),
                                        option.isEmpty() ? null : OptionId.valueOf(option),
                                        lang,
                                        rows.getBoolean(4)),
                                rows.getLong(5));
                    } catch (SQLException | IllegalArgumentException e) {
                        LOG.warn("A feedback row could not be read: {}", e.toString());
                    }
                });
            }
        } catch (SQLException e) {
            throw Sql.failed("Reading feedback", e);
        }
        return counts;
    }

    private static int increment(Connection c, FeedbackEntry entry, String option) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE feedback_count SET times = times + 1 "
                + "WHERE reply_kind = ? AND option_id = ? AND lang = ? AND thumbs_up = ?")) {
            update.setString(1, entry.replyKind());
            update.setString(2, option);
            update.setString(3, entry.lang().code());
            update.setBoolean(4, entry.up());
            return update.executeUpdate();
        }
    }
}
