package com.whereai.knowledge;

import java.util.Locale;
import java.util.Optional;

/** The two languages the guide's knowledge is written in. */
public enum Lang {
    SV("sv"),
    EN("en");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** Reads "sv", "en", "sv-SE", "en_GB" and the like; empty for anything else. */
    public static Optional<Lang> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Lang lang : values()) {
            if (lang.code.equals(primary)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }
}
