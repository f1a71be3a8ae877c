package com.whereai.knowledge;

import java.util.List;

/** One advantage or drawback the guide lists for an option. */
public record OptionPoint(String id, LocalizedText title, LocalizedText text, List<String> see) {

    public OptionPoint {
        see = see == null ? List.of() : List.copyOf(see);
    }
}
