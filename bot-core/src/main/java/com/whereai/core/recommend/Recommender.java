package com.whereai.core.recommend;

import com.whereai.core.fit.FitVerdict;
import com.whereai.core.fit.ModelFitCalculator;
import com.whereai.core.fit.Precision;
import com.whereai.core.fit.VramEstimate;
import com.whereai.core.i18n.Messages;
import com.whereai.core.situation.Signal;
import com.whereai.core.situation.Situation;
import com.whereai.core.text.Numbers;
import com.whereai.core.text.Stars;
import com.whereai.knowledge.CriterionId;
import com.whereai.knowledge.DeploymentOption;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.KnowledgeEntry;
import com.whereai.knowledge.LocalizedText;
import com.whereai.knowledge.OptionId;
import com.whereai.knowledge.VramRow;
import com.whereai.knowledge.VramRowText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a situation into a ranked, reasoned answer. Hard constraints rule options out with the guide's
 * reason; the rest are scored by the guide's stars, weighted by what the team cares about, and nudged by
 * the guide's pros and cons that apply. Deterministic: ties go to the guide's order.
 */
public final class Recommender {

    /** How much one of the guide's pros (or cons) that applies moves a score; key points move it twice as far. */
    static final double POINT_WEIGHT = 0.06;

    private static final int MAX_CHANGES = 3;
    private static final List<Signal> WHAT_IF_ADDED = List.of(
            Signal.SENSITIVE_DATA,
            Signal.FRONTIER_MODEL,
            Signal.OFFLINE,
            Signal.NO_IT_STAFF,
            Signal.LOW_BUDGET,
            Signal.LARGE_SCALE,
            Signal.FINE_TUNING,
            Signal.UNEVEN_TRAFFIC);
    /** Signals that carry a figure or a note rather than a preference. */
    private static final List<Signal> NEUTRAL =
            List.of(Signal.MODEL_SIZE, Signal.AVAILABLE_VRAM, Signal.COMMERCIAL_USE);

    private final Guide guide;
    private final SignalRules rules = new SignalRules();
    private final ModelFitCalculator fit = new ModelFitCalculator();
    private final Messages messages = Messages.get();

    public Recommender(Guide guide) {
        this.guide = guide;
        rules.checkAgainst(guide);
    }

    public Recommendation recommend(Situation situation) {
        return recommend(situation, Map.of());
    }

    public Recommendation recommend(Situation situation, Map<CriterionId, Double> explicitWeights) {
        return recommend(situation, explicitWeights, CostRatings.NONE);
    }

    /** A recommendation where the team's own cost figures rate start and usage cost instead of the guide's stars. */
    public Recommendation recommend(Situation situation, Map<CriterionId, Double> explicitWeights, CostRatings costs) {
        Evaluation evaluation = evaluate(situation, explicitWeights, costs);
        return new Recommendation(
                situation,
                evaluation.weights(),
                evaluation.ranking(),
                evaluation.excluded(),
                whatWouldChange(situation, explicitWeights, evaluation.top()));
    }

    private Evaluation evaluate(Situation situation, Map<CriterionId, Double> explicitWeights) {
        return evaluate(situation, explicitWeights, CostRatings.NONE);
    }

    private Evaluation evaluate(Situation situation, Map<CriterionId, Double> explicitWeights, CostRatings costs) {
        Weights weights = weightsFor(situation).withExplicit(explicitWeights);
        Map<OptionId, List<Reason>> exclusions = exclusionsFor(situation);
        List<RankedOption> ranking = new ArrayList<>();
        for (DeploymentOption option : guide.options()) {
            if (!exclusions.containsKey(option.optionId())) {
                ranking.add(score(option, situation, weights, costs));
            }
        }
        ranking.sort(Comparator.comparingDouble(RankedOption::score)
                .reversed()
                .thenComparing(r -> r.option().ordinal()));
        List<ExcludedOption> excluded = new ArrayList<>();
        exclusions.forEach((option, reasons) -> excluded.add(new ExcludedOption(option, reasons)));
        return new Evaluation(weights, ranking, excluded);
    }

    private Weights weightsFor(Situation situation) {
        Map<CriterionId, Double> raised = new EnumMap<>(CriterionId.class);
        Map<CriterionId, Double> lowered = new EnumMap<>(CriterionId.class);
        for (Signal signal : situation.signals()) {
            for (SignalRules.WeightChange change : rules.of(signal).weights()) {
                if (change.value() >= Weights.DEFAULT) {
                    raised.merge(change.criterion(), change.value(), Math::max);
                } else {
                    lowered.merge(change.criterion(), change.value(), Math::min);
                }
            }
        }
        Map<CriterionId, Double> settled = new EnumMap<>(CriterionId.class);
        for (Signal signal : situation.signals()) {
            rules.of(signal).settled().forEach(change -> settled.merge(change.criterion(), change.value(), Math::min));
        }
        Map<CriterionId, Double> values = new EnumMap<>(CriterionId.class);
        for (CriterionId c : CriterionId.values()) {
            values.put(
                    c,
                    settled.containsKey(c)
                            ? settled.get(c)
                            : raised.containsKey(c) ? raised.get(c) : lowered.getOrDefault(c, Weights.DEFAULT));
        }
        return Weights.of(values);
    }

    private Map<OptionId, List<Reason>> exclusionsFor(Situation situation) {
        Map<OptionId, List<Reason>> exclusions = new LinkedHashMap<>();
        for (Signal signal : situation.signals()) {
            LocalizedText label = signalLabel(signal);
            for (SignalRules.Exclusion exclusion : rules.of(signal).exclusions()) {
                LocalizedText why = exclusion.messageKey() != null
                        ? messages.both(exclusion.messageKey())
                        : entry(exclusion.source()).body();
                exclusions
                        .computeIfAbsent(exclusion.option(), o -> new ArrayList<>())
                        .add(new Reason(
                                Reason.Kind.EXCLUSION,
                                messages.both("reason.because", capitalized(label), why),
                                exclusion.source()));
            }
        }
        modelTooBigForLocal(situation)
                .ifPresent(reason -> exclusions
                        .computeIfAbsent(OptionId.LOCAL, o -> new ArrayList<>())
                        .add(reason));
        Map<OptionId, List<Reason>> inGuideOrder = new LinkedHashMap<>();
        for (OptionId id : OptionId.values()) {
            if (exclusions.containsKey(id)) {
                inGuideOrder.put(id, exclusions.get(id));
            }
        }
        return inGuideOrder;
    }

    /** A model that does not fit the team's own VRAM even at 4 bits, or one past the guide's last row, rules out a laptop. */
    private Optional<Reason> modelTooBigForLocal(Situation situation) {
        if (situation.modelSize().isEmpty()) {
            return tooLittleVramForAnyModel(situation);
        }
        double billions = situation.modelSize().get();
        VramRow row = fit.closestGuideRow(guide.vramTable(), billions);
        if (situation.vram().isPresent()) {
            double available = situation.vram().get();
            VramEstimate smallest = fit.estimate(billions, Precision.INT4, ModelFitCalculator.DEFAULT_CONTEXT);
            if (fit.verdict(smallest, available) == FitVerdict.DOES_NOT_FIT) {
                return Optional.of(new Reason(
                        Reason.Kind.EXCLUSION,
                        messages.both(
                                "reason.model-too-big-for-vram",
                                Numbers.compact(billions),
                                Numbers.compact(Math.ceil(smallest.totalGb())),
                                Numbers.compact(available)),
                        "concept.vram"));
            }
            return Optional.empty();
        }
        if (row.isOpenEnded() && billions > row.billionParameters()) {
            return Optional.of(new Reason(
                    Reason.Kind.EXCLUSION,
                    messages.both("reason.model-needs-ai-server", Numbers.compact(billions)),
                    row.id()));
        }
        return Optional.empty();
    }

    /** Less VRAM than the guide's smallest row needs (7 billion parameters: 8–10 GB) rules out running models locally. */
    private Optional<Reason> tooLittleVramForAnyModel(Situation situation) {
        VramRow smallest = guide.vramTable().get(0);
        if (situation.vram().isPresent() && situation.vram().get() < smallest.vramGbMin()) {
            return Optional.of(new Reason(
                    Reason.Kind.EXCLUSION,
                    messages.both(
                            "reason.vram-below-smallest-row",
                            Numbers.compact(situation.vram().get()),
                            Numbers.compact(smallest.billionParameters()),
                            VramRowText.vram(smallest)),
                    smallest.id()));
        }
        return Optional.empty();
    }

    private RankedOption score(DeploymentOption option, Situation situation, Weights weights, CostRatings costs) {
        double weighted = 0;
        double total = 0;
        for (CriterionId c : CriterionId.values()) {
            double w = weights.of(c);
            double stars = costs.stars(option.optionId(), c).orElse((double) option.stars(c));
            weighted += w * (stars - 1) / 4.0;
            total += w;
        }
        double base = total == 0 ? 0.5 : weighted / total;
        List<Reason> reasons = new ArrayList<>();
        List<Reason> caveats = new ArrayList<>();
        Map<String, Integer> pros = new LinkedHashMap<>();
        Map<String, Integer> cons = new LinkedHashMap<>();
        for (Signal signal : situation.signals()) {
            SignalRules.Effect effect = rules.of(signal);
            effect.pros().forEach(p -> pros.merge(p.entryId(), p.weight(), Math::max));
            effect.cons().forEach(p -> cons.merge(p.entryId(), p.weight(), Math::max));
        }
        int points = addPoints(pros, option.optionId(), Reason.Kind.PRO, reasons)
                - addPoints(cons, option.optionId(), Reason.Kind.CON, caveats);
        starReasons(option, weights, reasons, caveats);
        double score = Math.max(0, Math.min(1, base + POINT_WEIGHT * points));
        return new RankedOption(option.optionId(), round(score), round(base), reasons, caveats);
    }

    /** Adds the points (entry id to weight: a key point counts double) that concern this option as reasons; returns their total weight. */
    private int addPoints(Map<String, Integer> points, OptionId option, Reason.Kind kind, List<Reason> into) {
        int weight = 0;
        for (Map.Entry<String, Integer> point : points.entrySet()) {
            KnowledgeEntry entry = entry(point.getKey());
            if (entry.optionId() == option) {
                into.add(new Reason(
                        kind, messages.both("reason.guide-point", entry.title(), entry.body()), point.getKey()));
                weight += point.getValue();
            }
        }
        return weight;
    }

    /** The criteria the team weighs most, where this option is strong (a reason) or weak (a caveat). */
    private void starReasons(DeploymentOption option, Weights weights, List<Reason> reasons, List<Reason> caveats) {
        List<CriterionId> important = new ArrayList<>();
        for (CriterionId c : CriterionId.values()) {
            if (weights.of(c) > Weights.DEFAULT) {
                important.add(c);
            }
        }
        important.sort(
                Comparator.comparingDouble((CriterionId c) -> -weights.of(c)).thenComparing(Enum::ordinal));
        if (important.isEmpty()) {
            List<CriterionId> strongest = new ArrayList<>(List.of(CriterionId.values()));
            strongest.sort(
                    Comparator.comparingInt((CriterionId c) -> -option.stars(c)).thenComparing(Enum::ordinal));
            for (CriterionId c : strongest.subList(0, 2)) {
                reasons.add(new Reason(
                        Reason.Kind.STARS,
                        messages.both("reason.stars", criterionName(c), Stars.of(option.stars(c))),
                        "topic.ratings-table"));
            }
            return;
        }
        for (CriterionId c : important) {
            int stars = option.stars(c);
            if (stars >= 4) {
                reasons.add(new Reason(
                        Reason.Kind.STARS,
                        messages.both("reason.stars-important", criterionName(c), Stars.of(stars)),
                        "topic.ratings-table"));
            } else if (stars <= 2) {
                caveats.add(new Reason(
                        Reason.Kind.STARS,
                        messages.both("reason.stars-weak", criterionName(c), Stars.of(stars)),
                        "topic.ratings-table"));
            }
        }
    }

    private List<AnswerChange> whatWouldChange(Situation situation, Map<CriterionId, Double> explicit, OptionId top) {
        List<AnswerChange> changes = new ArrayList<>();
        for (Signal signal : situation.signals()) {
            if (!NEUTRAL.contains(signal) && changes.size() < MAX_CHANGES) {
                OptionId other = evaluate(situation.without(signal), explicit).top();
                if (!Objects.equals(other, top)) {
                    changes.add(new AnswerChange(signal, false, other));
                }
            }
        }
        for (Signal signal : WHAT_IF_ADDED) {
            if (!situation.has(signal) && changes.size() < MAX_CHANGES) {
                OptionId other = evaluate(situation.with(signal), explicit).top();
                if (!Objects.equals(other, top)) {
                    changes.add(new AnswerChange(signal, true, other));
                }
            }
        }
        return changes;
    }

    private KnowledgeEntry entry(String id) {
        return guide.entry(id).orElseThrow(() -> new IllegalStateException("unknown guide entry " + id));
    }

    private LocalizedText signalLabel(Signal signal) {
        return messages.both("signal." + signal.id());
    }

    private LocalizedText criterionName(CriterionId id) {
        return guide.criterion(id).name();
    }

    private static LocalizedText capitalized(LocalizedText text) {
        return new LocalizedText(capitalize(text.sv()), capitalize(text.en()));
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private record Evaluation(Weights weights, List<RankedOption> ranking, List<ExcludedOption> excluded) {
        OptionId top() {
            return ranking.isEmpty() ? null : ranking.get(0).option();
        }
    }
}
