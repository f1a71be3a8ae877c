package com.whereai.core.conversation;

import com.whereai.core.command.Command;

/**
 * One message read in its conversation.
 *
 * @param conversationId the conversation's key, or null where the surface keeps none (ask, a Slack button)
 * @param command        what to answer: the parsed command, or for a follow-up that command with the situation
 *                       before merged in
 * @param before         what the conversation remembered, when the command was read against it (a follow-up); else
 *                       null
 */
public record Turn(String conversationId, Command command, ConversationState before) {

    /** A message outside any conversation, or one that is not read against it. */
    public static Turn alone(String conversationId, Command command) {
        return new Turn(conversationId, command, null);
    }

    public boolean isFollowUp() {
        return before != null;
    }
}
