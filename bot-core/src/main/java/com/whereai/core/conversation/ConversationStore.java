package com.whereai.core.conversation;

import java.util.Optional;

/**
 * Where each conversation's last situation is kept between messages, by conversation key (a Slack thread, a Teams
 * conversation, a chat session). In memory today; a database can hold it later behind the same three calls.
 * Implementations are thread-safe.
 */
public interface ConversationStore {

    /** What the conversation left, unless it has none or it expired. */
    Optional<ConversationState> get(String conversationId);

    /** Keeps {@code state} as the conversation's latest, replacing what was there. */
    void put(String conversationId, ConversationState state);

    /** Forgets the conversation ("start over"). */
    void clear(String conversationId);
}
