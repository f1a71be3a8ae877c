package com.whereai.core.cost;

import com.whereai.knowledge.OptionId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A budget scenario: what each option costs for one workload, which cannot serve it, where buying pays off, and what
 * ten times the traffic would cost a month. Amounts in kronor.
 *
 * @param memoryGb the memory the model needs at the serving precision (weights, context and overhead), GB
 * @param quant the precision it is counted at
 * @param tenfoldMonthlySek each priced option's monthly cost at ten times the questions
 */
public record CostScenario(
        Workload workload,
        LocalDate pricesAsOf,
        double memoryGb,
        String quant,
        List<OptionCost> options,
        List<ExcludedCost> excluded,
        List<BreakEven> breakEvens,
        Map<OptionId, Double> tenfoldMonthlySek) {

    public static final double TRAFFIC_FACTOR = 10;

    public CostScenario {
        options = List.copyOf(options);
        excluded = List.copyOf(excluded);
        breakEvens = List.copyOf(breakEvens);
        tenfoldMonthlySek = Map.copyOf(tenfoldMonthlySek);
    }

    /** The option that costs least in total over the workload's horizon. */
    public Optional<OptionCost> cheapest() {
        return options.stream()
                .min(Comparator.comparingDouble((OptionCost o) -> o.totalSek(workload.horizonMonths()))
                        .thenComparing(OptionCost::option));
    }

    public Optional<OptionCost> option(OptionId id) {
        return options.stream().filter(o -> o.option() == id).findFirst();
    }
}
