package com.whereai.knowledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** What a model licence says about commercial use. */
public enum CommercialUse {
    ALLOWED,
    CONDITIONAL,
    FORBIDDEN;

    @JsonCreator
    public static CommercialUse fromData(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
