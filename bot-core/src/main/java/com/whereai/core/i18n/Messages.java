package com.whereai.core.i18n;

import com.whereai.knowledge.Lang;
import com.whereai.knowledge.LocalizedText;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The bot's own words in Swedish and English, from {@code messages_sv.properties} and
 * {@code messages_en.properties}. Patterns use {@link String#format} placeholders ({@code %s}).
 */
public final class Messages {

    private static final String BUNDLE = "com.whereai.core.messages";
    private static final Messages INSTANCE = new Messages();

    private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

    private Messages() {
        for (Lang lang : Lang.values()) {
            bundles.put(
                    lang,
                    ResourceBundle.getBundle(
                            BUNDLE,
                            lang.locale(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    public static Messages get() {
        return INSTANCE;
    }

    public String text(Lang lang, String key, Object... args) {
        String pattern;
        try {
            pattern = bundles.get(lang).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No " + lang.code() + " text for message key '" + key + "'", e);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof LocalizedText localized ? localized.in(lang) : args[i];
        }
        return String.format(lang.locale(), pattern, resolved);
    }

    /** The message in both languages; {@link LocalizedText} arguments are taken in the matching language. */
    public LocalizedText both(String key, Object... args) {
        return new LocalizedText(text(Lang.SV, key, args), text(Lang.EN, key, args));
    }

    public boolean has(Lang lang, String key) {
        return bundles.get(lang).containsKey(key);
    }

    /** All keys of one language, for the test that both languages say everything. */
    public java.util.Set<String> keys(Lang lang) {
        return bundles.get(lang).keySet();
    }
}
