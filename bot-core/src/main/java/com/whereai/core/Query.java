package com.whereai.core;

import com.whereai.knowledge.Lang;
import java.util.Optional;

/**
 * One message to the bot.
 *
 * @param text        what the user wrote, in the command language or free text
 * @param forcedLang  the language to answer in regardless of the text (--lang), or null
 * @param defaultLang the language when the text does not tell (WHERE_AI_LANG, a platform locale)
 * @param userId      who asks, for per-user limits (null when unknown)
 */
public record Query(String text, Lang forcedLang, Lang defaultLang, String userId) {

    public Query {
        text = text == null ? "" : text;
        defaultLang = defaultLang == null ? Lang.SV : defaultLang;
    }

    public Query(String text, Lang forcedLang, Lang defaultLang) {
        this(text, forcedLang, defaultLang, null);
    }

    public static Query of(String text) {
        return new Query(text, null, Lang.SV);
    }

    public Optional<Lang> forced() {
        return Optional.ofNullable(forcedLang);
    }
}
