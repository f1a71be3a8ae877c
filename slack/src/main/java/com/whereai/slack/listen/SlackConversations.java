package com.whereai.slack.listen;

/**
 * The keys under which the core remembers a Slack conversation's last situation, so that a follow-up ("and we
 * have no IT staff") is read against it.
 */
final class SlackConversations {

    private SlackConversations() {}

    /**
     * A thread the bot answers in (a mention's, or a DM's when the user wrote in one), or a DM's top level when
     * {@code threadTs} is null.
     */
    static String thread(String channel, String threadTs) {
        return "slack:" + channel + (threadTs == null ? "" : "/" + threadTs);
    }

    /** One user's private answers in a channel: their slash commands and the questionnaire those open. */
    static String privateTo(String channel, String user) {
        return "slack:" + channel + "/user:" + user;
    }
}
