package com.whereai.core.reply;

import java.util.List;

/**
 * The figures of a budget scenario as {@code ask --json} gives them under {@code "cost"} (names fixed in DESIGN.md),
 * already in the reply's currency and rounded to whole units.
 *
 * @param workload the workload counted, each part with whether it was assumed
 * @param cheapest the option id that costs least over the horizon, or null when none can serve the model
 */
public record CostFigures(
        String currency,
        String pricesAsOf,
        double sekPerUnit,
        WorkloadFigures workload,
        List<OptionFigures> options,
        List<ExcludedFigures> excluded,
        String cheapest,
        List<BreakEvenFigures> breakEven) {

    public CostFigures {
        options = List.copyOf(options);
        excluded = List.copyOf(excluded);
        breakEven = List.copyOf(breakEven);
    }

    /**
     * @param assumed the parts the text did not give (their defaults were used)
     */
    public record WorkloadFigures(
            String model,
            double paramsB,
            long users,
            double requestsPerDay,
            int tokensIn,
            int tokensOut,
            double hoursPerDay,
            double daysPerMonth,
            int horizonMonths,
            double memoryGb,
            String precision,
            List<String> assumed) {
        public WorkloadFigures {
            assumed = List.copyOf(assumed);
        }
    }

    /** One option: cash up front, a month, totals, and a month at ten times the traffic. */
    public record OptionFigures(
            String option,
            long upfront,
            long monthly,
            long total12,
            long total36,
            long totalHorizon,
            long monthlyAt10x,
            String setup,
            boolean upfrontFromGuide) {}

    public record ExcludedFigures(String option, List<String> reasons) {
        public ExcludedFigures {
            reasons = List.copyOf(reasons);
        }
    }

    public record BreakEvenFigures(String option, String versus, int months) {}
}
