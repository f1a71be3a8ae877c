package com.whereai.core;

import com.whereai.knowledge.Lang;
import java.util.Optional;

/**
 * One message to the bot.
 *
 * @param text           what the user wrote, in the command language or free text
 * @param forcedLang     the language to answer in regardless of the text (--lang, a card's language), or null
 * @param defaultLang    the language when the text does not tell (WHERE_AI_LANG, a platform locale)
 * @param userId         who asks, for per-user limits (null when unknown)
 * @param audience       who will see the answer: only the asker (the answer then offers to share it) or the conversation
 * @param conversationId the conversation the message belongs to (a Slack thread or DM, a Teams conversation, a chat
 *                       session), whose last situation a follow-up is read against; null for none (ask, buttons)
 */
public record Query(
        String text, Lang forcedLang, Lang defaultLang, String userId, Audience audience, String conversationId) {

    /** Who sees an answer. */
    public enum Audience {
        /** Only the asker (Slack's ephemeral answers): the answer offers "share in channel". */
        ASKER,
        /** Everyone in the conversation, or a terminal. */
        CONVERSATION
    }

    public Query {
        text = text == null ? "" : text;
        defaultLang = defaultLang == null ? Lang.SV : defaultLang;
        audience = audience == null ? Audience.CONVERSATION : audience;
    }

    public Query(String text, Lang forcedLang, Lang defaultLang, String userId, Audience audience) {
        this(text, forcedLang, defaultLang, userId, audience, null);
    }

    public Query(String text, Lang forcedLang, Lang defaultLang, String userId) {
        this(text, forcedLang, defaultLang, userId, Audience.CONVERSATION);
    }

    public Query(String text, Lang forcedLang, Lang defaultLang) {
        this(text, forcedLang, defaultLang, null);
    }

    public static Query of(String text) {
        return new Query(text, null, Lang.SV);
    }

    /** The same query, answered only to the asker. */
    public Query toAskerOnly() {
        return new Query(text, forcedLang, defaultLang, userId, Audience.ASKER, conversationId);
    }

    /** The same query, read as a message in this conversation (null: in none). */
    public Query inConversation(String conversationId) {
        return new Query(text, forcedLang, defaultLang, userId, audience, conversationId);
    }

    public Optional<Lang> forced() {
        return Optional.ofNullable(forcedLang);
    }
}
