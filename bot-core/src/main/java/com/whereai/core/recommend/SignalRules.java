package com.whereai.core.recommend;

import static com.whereai.core.situation.Signal.*;
import static com.whereai.knowledge.CriterionId.*;
import static com.whereai.knowledge.OptionId.*;

import com.whereai.core.situation.Signal;
import com.whereai.knowledge.CriterionId;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.OptionId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What each signal does to the recommendation, in the guide's own terms: which criteria it makes weigh
 * more (or less), which options it rules out and with which guide entry as the reason, and which of the
 * guide's pros and cons it brings into play.
 */
final class SignalRules {

    /** A weight of at least this (or at most, below 1). */
    record WeightChange(CriterionId criterion, double value) {}

    /** Rules an option out; the reason is the guide entry's text, or the message under {@code messageKey}. */
    record Exclusion(OptionId option, String source, String messageKey) {}

    /** One of the guide's pros or cons that a signal brings into play; a key point counts double. */
    record Point(String entryId, int weight) {}

    /**
     * @param settled weights that stand whatever other signals raise: what a team already has (a GPU, a hardware
     *                budget) settles what starting costs it, however much a prototype would otherwise weigh it
     */
    record Effect(
            List<WeightChange> weights,
            List<WeightChange> settled,
            List<Exclusion> exclusions,
            List<Point> pros,
            List<Point> cons) {}

    private final Map<Signal, Effect> effects = new EnumMap<>(Signal.class);

    SignalRules() {
        on(SENSITIVE_DATA)
                .weigh(PRIVACY, 5)
                .exclude(INFERENCE_API, "option.inference-api.con.data-risk")
                .exclude(PROPRIETARY_API, "option.proprietary-api.con.data-risk")
                .pros("option.local.pro.privacy", "option.own-server.pro.data-control")
                .cons("option.rented-server.con.less-control", "option.cloud-platform.con.data-trust");
        on(ON_PREMISES)
                .weigh(PRIVACY, 5)
                .exclude(RENTED_SERVER, "option.rented-server.con.less-control")
                .exclude(INFERENCE_API, "option.inference-api.con.data-risk")
                .exclude(CLOUD_PLATFORM, "option.cloud-platform.con.data-trust")
                .exclude(PROPRIETARY_API, "option.proprietary-api.con.data-risk")
                .pros("option.own-server.pro.data-control", "option.local.pro.privacy");
        on(OFFLINE)
                .exclude(RENTED_SERVER, "option.rented-server", "reason.needs-internet")
                .exclude(INFERENCE_API, "option.inference-api", "reason.needs-internet")
                .exclude(CLOUD_PLATFORM, "option.cloud-platform", "reason.needs-internet")
                .exclude(PROPRIETARY_API, "option.proprietary-api", "reason.needs-internet")
                .pros("option.local.pro.offline")
                .cons("option.own-server.con.local-network");
        on(FRONTIER_MODEL)
                .weigh(QUALITY, 5)
                .exclude(LOCAL, "option.local.con.limited-models", "reason.frontier-not-downloadable")
                .exclude(OWN_SERVER, "option.local.con.limited-models", "reason.frontier-not-downloadable")
                .exclude(RENTED_SERVER, "option.local.con.limited-models", "reason.frontier-not-downloadable")
                .exclude(INFERENCE_API, "option.inference-api.con.limited-catalogue")
                .pros("option.proprietary-api.pro.frontier");
        on(BUILT_IN_FEATURES).weigh(QUALITY, 4).pros("option.proprietary-api.pro.built-in");
        on(LARGE_SCALE)
                .weigh(SCALABILITY, 5)
                .pros("option.cloud-platform.pro.scale")
                .keyCons("option.local.con.large-files")
                .cons("option.inference-api.con.cost-at-success", "option.proprietary-api.con.highest-cost");
        on(SMALL_SCALE)
                .weigh(SCALABILITY, 0.5)
                .keyCons("option.own-server.con.start-cost")
                .cons("option.cloud-platform.con.cost");
        on(SHARED_USE)
                .weigh(SCALABILITY, 3)
                .keyPros("option.own-server.pro.central")
                .keyCons("option.local.con.large-files", "option.local.con.hardware");
        on(CLOUD_ECOSYSTEM).weigh(SCALABILITY, 2).keyPros("option.cloud-platform.pro.ecosystem");
        on(UNEVEN_TRAFFIC).weigh(START_COST, 3).pros("option.inference-api.pro.pay-as-you-go");
        on(CONSTANT_TRAFFIC)
                .weigh(USAGE_COST, 4)
                .cons("option.rented-server.con.long-term-cost", "option.local.con.hardware");
        on(SHORT_PROJECT)
                .weigh(START_COST, 5)
                .pros("option.rented-server.pro.flexibility")
                .cons("option.own-server.con.start-cost");
        on(LONG_TERM)
                .weigh(USAGE_COST, 4)
                .cons("option.rented-server.con.long-term-cost", "option.rented-server.con.provider-dependence");
        on(HARDWARE_BUDGET).settle(START_COST, 0.5);
        on(NO_HARDWARE_BUDGET)
                .weigh(START_COST, 5)
                .exclude(OWN_SERVER, "option.own-server.con.start-cost")
                .pros("option.rented-server.pro.no-investment");
        on(LOW_BUDGET)
                .weigh(START_COST, 4)
                .weigh(USAGE_COST, 4)
                .pros("option.local.pro.free", "option.inference-api.pro.pay-as-you-go")
                .cons("option.cloud-platform.con.cost", "option.proprietary-api.con.highest-cost");
        on(IT_STAFF).weigh(MAINTENANCE, 0.5).weigh(CriterionId.SIMPLICITY, 0.5);
        on(NO_IT_STAFF)
                .weigh(MAINTENANCE, 5)
                .weigh(CriterionId.SIMPLICITY, 4)
                .exclude(OWN_SERVER, "option.own-server.con.expertise")
                .pros("option.proprietary-api.pro.minimal-upkeep", "option.rented-server.pro.no-physical-upkeep")
                .keyCons("option.local.con.hardware");
        on(Signal.SIMPLICITY)
                .weigh(CriterionId.SIMPLICITY, 5)
                .weigh(MAINTENANCE, 4)
                .pros("option.inference-api.pro.simplicity", "option.proprietary-api.pro.minimal-upkeep");
        on(LOW_LATENCY).weigh(LATENCY, 5).pros("option.inference-api.pro.optimised");
        on(FINE_TUNING)
                .weigh(CUSTOMISABILITY, 5)
                .pros("option.rented-server.pro.flexibility")
                .cons("option.inference-api.con.limited-catalogue");
        on(UNCENSORED).weigh(CUSTOMISABILITY, 4).exclude(PROPRIETARY_API, "option.proprietary-api.con.filters");
        on(GEOPOLITICAL_RISK).weigh(PRIVACY, 3).cons("option.cloud-platform.con.geopolitics");
        on(WEAK_DEVICES)
                .exclude(LOCAL, "option.local.con.hardware", "reason.device-runs-model")
                .pros("option.own-server.pro.weak-devices");
        on(CERTIFICATIONS).pros("option.cloud-platform.pro.certifications");
        on(PROTOTYPE)
                .weigh(CriterionId.SIMPLICITY, 4)
                .weigh(START_COST, 4)
                .pros("option.inference-api.pro.simplicity")
                .cons("option.proprietary-api.con.highest-cost");
        on(OPEN_MODEL)
                .weigh(CUSTOMISABILITY, 3)
                .exclude(PROPRIETARY_API, "option.proprietary-api", "reason.open-model-not-offered");
        on(COMMERCIAL_USE);
        on(MODEL_SIZE);
        on(AVAILABLE_VRAM).settle(START_COST, 0.5).weigh(USAGE_COST, 3).keyPros("option.local.pro.free");
    }

    Effect of(Signal signal) {
        return effects.get(signal);
    }

    /** Fails at start-up when a rule names a guide entry that does not exist. */
    void checkAgainst(Guide guide) {
        effects.forEach((signal, effect) -> {
            List<String> ids = new ArrayList<>();
            effect.pros().forEach(p -> ids.add(p.entryId()));
            effect.cons().forEach(p -> ids.add(p.entryId()));
            effect.exclusions().forEach(e -> ids.add(e.source()));
            for (String id : ids) {
                if (guide.entry(id).isEmpty()) {
                    throw new IllegalStateException("Signal rule " + signal.id() + " names unknown guide entry " + id);
                }
            }
        });
        for (Signal signal : Signal.values()) {
            if (!effects.containsKey(signal)) {
                throw new IllegalStateException("No rule for signal " + signal.id());
            }
        }
    }

    private Builder on(Signal signal) {
        Builder builder = new Builder();
        effects.put(signal, builder.effect);
        return builder;
    }

    private static final class Builder {
        private final Effect effect = new Effect(
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

        /** A weight that other signals cannot raise. */
        Builder settle(CriterionId criterion, double value) {
            effect.settled().add(new WeightChange(criterion, value));
            return this;
        }

        Builder weigh(CriterionId criterion, double value) {
            effect.weights().add(new WeightChange(criterion, value));
            return this;
        }

        Builder exclude(OptionId option, String source) {
            return exclude(option, source, null);
        }

        Builder exclude(OptionId option, String source, String messageKey) {
            effect.exclusions().add(new Exclusion(option, source, messageKey));
            return this;
        }

        Builder pros(String... entryIds) {
            return points(effect.pros(), 1, entryIds);
        }

        Builder cons(String... entryIds) {
            return points(effect.cons(), 1, entryIds);
        }

        /** Pros that decide the matter for this signal: they count double. */
        Builder keyPros(String... entryIds) {
            return points(effect.pros(), 2, entryIds);
        }

        /** Cons that decide the matter for this signal: they count double. */
        Builder keyCons(String... entryIds) {
            return points(effect.cons(), 2, entryIds);
        }

        private Builder points(List<Point> into, int weight, String... entryIds) {
            for (String id : entryIds) {
                into.add(new Point(id, weight));
            }
            return this;
        }
    }
}
