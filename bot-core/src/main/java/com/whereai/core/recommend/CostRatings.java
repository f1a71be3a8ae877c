package com.whereai.core.recommend;

import com.whereai.core.cost.CostScenario;
import com.whereai.core.cost.OptionCost;
import com.whereai.knowledge.CriterionId;
import com.whereai.knowledge.OptionId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Ratings from a team's own cost figures, used in place of the guide's start-cost and usage-cost stars when a workload
 * was given: on a 1–5 scale like the stars, 5 for the cheapest and 1 for the dearest, spaced by the ratio of the amounts
 * (a log scale, since the options differ by orders of magnitude). Start cost rates the up-front amounts, usage cost the
 * monthly ones. Options the scenario could not price keep the guide's stars.
 */
public final class CostRatings {

    public static final CostRatings NONE = new CostRatings(Map.of());

    private static final double MIN_STARS = 1;
    private static final double MAX_STARS = 5;

    private final Map<OptionId, Map<CriterionId, Double>> ratings;

    private CostRatings(Map<OptionId, Map<CriterionId, Double>> ratings) {
        this.ratings = ratings;
    }

    public static CostRatings of(CostScenario scenario) {
        Map<OptionId, Map<CriterionId, Double>> ratings = new EnumMap<>(OptionId.class);
        double maxUp = scenario.options().stream()
                .mapToDouble(OptionCost::upfrontSek)
                .max()
                .orElse(0);
        double minUp = scenario.options().stream()
                .mapToDouble(OptionCost::upfrontSek)
                .filter(v -> v > 0)
                .min()
                .orElse(0);
        double maxMonthly = scenario.options().stream()
                .mapToDouble(OptionCost::monthlySek)
                .max()
                .orElse(0);
        double minMonthly = scenario.options().stream()
                .mapToDouble(OptionCost::monthlySek)
                .min()
                .orElse(0);
        for (OptionCost o : scenario.options()) {
            Map<CriterionId, Double> stars = new EnumMap<>(CriterionId.class);
            stars.put(CriterionId.START_COST, o.upfrontSek() <= 0 ? MAX_STARS : scale(o.upfrontSek(), minUp, maxUp));
            stars.put(CriterionId.USAGE_COST, scale(o.monthlySek(), minMonthly, maxMonthly));
            ratings.put(o.option(), stars);
        }
        return new CostRatings(ratings);
    }

    /** 5 at the cheapest, 1 at the dearest, by the ratio of the amounts. */
    static double scale(double value, double cheapest, double dearest) {
        double low = Math.max(cheapest, 1);
        double high = Math.max(dearest, 1);
        if (high <= low) {
            return MAX_STARS;
        }
        double position = Math.log(Math.max(value, 1) / low) / Math.log(high / low);
        return MAX_STARS - (MAX_STARS - MIN_STARS) * Math.max(0, Math.min(1, position));
    }

    /** The figure-based rating of an option on a cost criterion, if the scenario priced it. */
    public Optional<Double> stars(OptionId option, CriterionId criterion) {
        return Optional.ofNullable(ratings.getOrDefault(option, Map.of()).get(criterion));
    }
}
