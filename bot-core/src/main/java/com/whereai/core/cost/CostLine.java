package com.whereai.core.cost;

import java.util.List;

/**
 * One input of an option's figure, with its values: the composer writes it from the message {@code cost.line.<key>}
 * in the reply's language.
 */
public record CostLine(String key, List<Figure> figures) {
    public CostLine {
        figures = List.copyOf(figures);
    }

    static CostLine of(String key, Figure... figures) {
        return new CostLine(key, List.of(figures));
    }
}
