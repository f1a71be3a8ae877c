package com.whereai.knowledge;

import java.util.List;

/** A key concept the guide explains before the options, with its analogy. */
public record Concept(
        String id,
        List<String> aliases,
        LocalizedText name,
        LocalizedText text,
        LocalizedText analogy,
        List<String> see) {

    public Concept {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        see = see == null ? List.of() : List.copyOf(see);
    }
}
