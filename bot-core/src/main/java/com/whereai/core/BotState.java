package com.whereai.core;

import com.whereai.core.conversation.ConversationStore;
import com.whereai.core.conversation.InMemoryConversationStore;
import com.whereai.core.feedback.FeedbackLog;
import com.whereai.core.feedback.InMemoryFeedbackLog;
import com.whereai.core.limits.UseLimits;
import java.time.Clock;

/**
 * What the bot remembers between messages: each conversation's last situation, the feedback it got, and how much each
 * user has used the local model. In memory for the command line and tests; in a database for a server, so that it
 * survives a restart and every replica sees the same.
 */
public record BotState(ConversationStore conversations, FeedbackLog feedback, UseLimits limits) {

    public static BotState inMemory() {
        return new BotState(
                new InMemoryConversationStore(), new InMemoryFeedbackLog(), UseLimits.inMemory(Clock.systemUTC()));
    }
}
