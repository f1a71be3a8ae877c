package com.whereai.core.recommend;

import com.whereai.knowledge.CriterionId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How much each of the guide's nine criteria counts (0..5, 1 by default). Signals raise or lower weights;
 * weights the user sets explicitly ({@code privacy=5}) win over both.
 */
public final class Weights {

    public static final double DEFAULT = 1.0;
    public static final double MAX = 5.0;

    private final Map<CriterionId, Double> values;
    private final Set<CriterionId> explicit;

    private Weights(Map<CriterionId, Double> values, Set<CriterionId> explicit) {
        this.values = Collections.unmodifiableMap(new EnumMap<>(values));
        this.explicit = Collections.unmodifiableSet(
                explicit.isEmpty() ? EnumSet.noneOf(CriterionId.class) : EnumSet.copyOf(explicit));
    }

    public static Weights equal() {
        Map<CriterionId, Double> values = new EnumMap<>(CriterionId.class);
        for (CriterionId c : CriterionId.values()) {
            values.put(c, DEFAULT);
        }
        return new Weights(values, Set.of());
    }

    public double of(CriterionId criterion) {
        return values.get(criterion);
    }

    public boolean isExplicit(CriterionId criterion) {
        return explicit.contains(criterion);
    }

    public Map<CriterionId, Double> asMap() {
        return values;
    }

    /** These weights with the given ones set explicitly. */
    public Weights withExplicit(Map<CriterionId, Double> set) {
        Map<CriterionId, Double> copy = new EnumMap<>(values);
        copy.putAll(set);
        Set<CriterionId> marks = EnumSet.noneOf(CriterionId.class);
        marks.addAll(explicit);
        marks.addAll(set.keySet());
        return new Weights(copy, marks);
    }

    static Weights of(Map<CriterionId, Double> values) {
        return new Weights(values, Set.of());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Weights w && w.values.equals(values) && w.explicit.equals(explicit);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + explicit.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
