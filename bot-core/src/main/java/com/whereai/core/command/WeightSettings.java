package com.whereai.core.command;

import com.whereai.knowledge.CriterionId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads explicit weights such as {@code privacy=5 cost=3} or {@code integritet:5}, in Swedish or English.
 * "cost" sets both start cost and usage cost.
 */
final class WeightSettings {

    static final Pattern SETTING =
            Pattern.compile("(?<![\\p{L}\\d-])([\\p{L}][\\p{L}-]*)\\s*[=:]\\s*(-?\\d+(?:[.,]\\d+)?)");

    private static final Map<String, List<CriterionId>> NAMES = Map.ofEntries(
            Map.entry("start-cost", List.of(CriterionId.START_COST)),
            Map.entry("startcost", List.of(CriterionId.START_COST)),
            Map.entry("start", List.of(CriterionId.START_COST)),
            Map.entry("upfront", List.of(CriterionId.START_COST)),
            Map.entry("startkostnad", List.of(CriterionId.START_COST)),
            Map.entry("usage-cost", List.of(CriterionId.USAGE_COST)),
            Map.entry("usagecost", List.of(CriterionId.USAGE_COST)),
            Map.entry("usage", List.of(CriterionId.USAGE_COST)),
            Map.entry("running-cost", List.of(CriterionId.USAGE_COST)),
            Map.entry("användningskostnad", List.of(CriterionId.USAGE_COST)),
            Map.entry("driftkostnad", List.of(CriterionId.USAGE_COST)),
            Map.entry("cost", List.of(CriterionId.START_COST, CriterionId.USAGE_COST)),
            Map.entry("costs", List.of(CriterionId.START_COST, CriterionId.USAGE_COST)),
            Map.entry("price", List.of(CriterionId.START_COST, CriterionId.USAGE_COST)),
            Map.entry("kostnad", List.of(CriterionId.START_COST, CriterionId.USAGE_COST)),
            Map.entry("pris", List.of(CriterionId.START_COST, CriterionId.USAGE_COST)),
            Map.entry("quality", List.of(CriterionId.QUALITY)),
            Map.entry("kvalitet", List.of(CriterionId.QUALITY)),
            Map.entry("privacy", List.of(CriterionId.PRIVACY)),
            Map.entry("integritet", List.of(CriterionId.PRIVACY)),
            Map.entry("sekretess", List.of(CriterionId.PRIVACY)),
            Map.entry("scalability", List.of(CriterionId.SCALABILITY)),
            Map.entry("scale", List.of(CriterionId.SCALABILITY)),
            Map.entry("skalbarhet", List.of(CriterionId.SCALABILITY)),
            Map.entry("simplicity", List.of(CriterionId.SIMPLICITY)),
            Map.entry("simple", List.of(CriterionId.SIMPLICITY)),
            Map.entry("enkelhet", List.of(CriterionId.SIMPLICITY)),
            Map.entry("latency", List.of(CriterionId.LATENCY)),
            Map.entry("speed", List.of(CriterionId.LATENCY)),
            Map.entry("latens", List.of(CriterionId.LATENCY)),
            Map.entry("maintenance", List.of(CriterionId.MAINTENANCE)),
            Map.entry("upkeep", List.of(CriterionId.MAINTENANCE)),
            Map.entry("underhåll", List.of(CriterionId.MAINTENANCE)),
            Map.entry("underhållsbörda", List.of(CriterionId.MAINTENANCE)),
            Map.entry("customisability", List.of(CriterionId.CUSTOMISABILITY)),
            Map.entry("customizability", List.of(CriterionId.CUSTOMISABILITY)),
            Map.entry("customisation", List.of(CriterionId.CUSTOMISABILITY)),
            Map.entry("customization", List.of(CriterionId.CUSTOMISABILITY)),
            Map.entry("anpassningsbarhet", List.of(CriterionId.CUSTOMISABILITY)),
            Map.entry("anpassning", List.of(CriterionId.CUSTOMISABILITY)));

    /** The weights found, or the first problem as an {@link Command.Invalid}. */
    sealed interface Result permits Parsed, Problem {}

    record Parsed(Map<CriterionId, Double> weights, String rest) implements Result {}

    record Problem(Command.Invalid invalid) implements Result {}

    private WeightSettings() {}

    static Result read(String text) {
        Map<CriterionId, Double> weights = new EnumMap<>(CriterionId.class);
        Matcher m = SETTING.matcher(text);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            List<CriterionId> criteria = NAMES.get(name);
            if (criteria == null) {
                return new Problem(new Command.Invalid("error.unknown-criterion", List.of(m.group(1))));
            }
            double value = Double.parseDouble(m.group(2).replace(',', '.'));
            if (value < 0 || value > 5) {
                return new Problem(new Command.Invalid("error.weight-range", List.of(m.group(1), m.group(2))));
            }
            criteria.forEach(c -> weights.put(c, value));
        }
        return new Parsed(
                weights,
                SETTING.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip());
    }
}
