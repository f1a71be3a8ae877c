package com.whereai.app.store;

import com.whereai.core.BotState;
import com.whereai.core.conversation.InMemoryConversationStore;
import com.whereai.slack.listen.SeenEvents;
import java.time.Clock;

/** The bot's state and Slack's seen event ids, all kept in one {@link Database}. */
public record StateStores(Database database, BotState bot, SeenEvents slackEvents) implements AutoCloseable {

    public static StateStores in(Database db, Clock clock) {
        return new StateStores(
                db,
                new BotState(
                        new JdbcConversationStore(db, InMemoryConversationStore.DEFAULT_TTL, clock),
                        new JdbcFeedbackLog(db),
                        new JdbcUseLimits(db, clock)),
                new JdbcSeenEvents(db, clock));
    }

    @Override
    public void close() {
        database.close();
    }
}
