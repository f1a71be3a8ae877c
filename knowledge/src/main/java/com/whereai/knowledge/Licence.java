package com.whereai.knowledge;

import java.util.List;

/** A model licence family the guide warns about. */
public record Licence(
        String id, LocalizedText name, List<String> aliases, CommercialUse commercialUse, LocalizedText text) {

    public Licence {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
