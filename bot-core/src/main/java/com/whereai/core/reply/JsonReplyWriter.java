package com.whereai.core.reply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.core.recommend.ExcludedOption;
import com.whereai.core.recommend.RankedOption;
import com.whereai.core.recommend.Reason;
import com.whereai.core.recommend.Recommendation;
import com.whereai.core.situation.Signal;
import com.whereai.knowledge.CriterionId;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import java.util.List;
import java.util.Map;

/**
 * Writes a reply as the {@code ask --json} object of DESIGN.md (plus a few extra fields: title, summary,
 * actions with their kind, the form's fields). The domain values (ranking, ratings) come from the reply's
 * data; the whole reply as text comes from {@link PlainTextRenderer}.
 */
public final class JsonReplyWriter implements ReplyRenderer<String> {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final PlainTextRenderer text = new PlainTextRenderer();

    public ObjectNode toJson(Reply reply) {
        ObjectNode root = json.createObjectNode();
        root.put("intent", reply.intent().id());
        root.put("lang", reply.lang().code());
        root.put("title", reply.title());
        root.put("summary", reply.summary());
        root.put("text", text.render(reply));
        reply.recommendationIfAny().ifPresent(r -> {
            ObjectNode recommendation = recommendation(r, reply.lang());
            reply.costIfAny().ifPresent(cost -> withMonthlyFigures(recommendation, cost));
            root.set("recommendation", recommendation);
        });
        if (!reply.ratings().isEmpty()) {
            ObjectNode ratings = root.putObject("ratings");
            for (Map.Entry<OptionId, List<Integer>> e : reply.ratings().entrySet()) {
                ArrayNode stars = ratings.putArray(e.getKey().id());
                e.getValue().forEach(stars::add);
            }
            ArrayNode criteria = root.putArray("criteria");
            for (CriterionId c : CriterionId.values()) {
                criteria.add(c.id());
            }
        }
        ArrayNode sources = root.putArray("sources");
        reply.sources().forEach(s -> sources.add(s.id()));
        ArrayNode actions = root.putArray("actions");
        reply.actions()
                .forEach(a -> actions.addObject()
                        .put("kind", a.accept(KIND))
                        .put("label", a.label())
                        .put("command", a.command()));
        reply.formIfAny().ifPresent(form -> root.set("form", form(form)));
        reply.fitIfAny().ifPresent(fit -> root.set("fit", fit(fit)));
        reply.costIfAny().ifPresent(cost -> root.set("cost", cost(cost)));
        return root;
    }

    /** A recommendation given a workload: its budget scenario inside it, and each ranked option's monthly figure. */
    private void withMonthlyFigures(ObjectNode recommendation, CostFigures cost) {
        recommendation.set("cost", cost(cost));
        for (var ranked : recommendation.withArray("ranking")) {
            String option = ranked.path("option").asText();
            cost.options().stream()
                    .filter(o -> o.option().equals(option))
                    .findFirst()
                    .ifPresent(o -> ((ObjectNode) ranked)
                            .put("monthly", o.monthly())
                            .put("upfront", o.upfront())
                            .put("currency", cost.currency()));
        }
    }

    /** DESIGN.md's {@code "cost"}: whole units of the reply's currency. */
    private ObjectNode cost(CostFigures cost) {
        ObjectNode node = json.createObjectNode();
        node.put("currency", cost.currency());
        node.put("prices_as_of", cost.pricesAsOf());
        node.put("sek_per_unit", cost.sekPerUnit());
        CostFigures.WorkloadFigures w = cost.workload();
        ObjectNode workload = node.putObject("workload");
        workload.put("model", w.model());
        workload.put("params_b", round(w.paramsB()));
        workload.put("users", w.users());
        workload.put("requests_per_day", Math.round(w.requestsPerDay()));
        workload.put("tokens_in", w.tokensIn());
        workload.put("tokens_out", w.tokensOut());
        workload.put("hours_per_day", round(w.hoursPerDay()));
        workload.put("days_per_month", round(w.daysPerMonth()));
        workload.put("horizon_months", w.horizonMonths());
        workload.put("memory_gb", round(w.memoryGb()));
        workload.put("precision", w.precision());
        ArrayNode assumed = workload.putArray("assumed");
        w.assumed().forEach(assumed::add);
        ArrayNode options = node.putArray("options");
        for (CostFigures.OptionFigures o : cost.options()) {
            options.addObject()
                    .put("option", o.option())
                    .put("upfront", o.upfront())
                    .put("monthly", o.monthly())
                    .put("total_12", o.total12())
                    .put("total_36", o.total36())
                    .put("total_horizon", o.totalHorizon())
                    .put("monthly_at_10x", o.monthlyAt10x())
                    .put("setup", o.setup())
                    .put("upfront_from_guide", o.upfrontFromGuide());
        }
        ArrayNode excluded = node.putArray("excluded");
        for (CostFigures.ExcludedFigures e : cost.excluded()) {
            ObjectNode entry = excluded.addObject().put("option", e.option());
            ArrayNode reasons = entry.putArray("reasons");
            e.reasons().forEach(reasons::add);
        }
        node.put("cheapest", cost.cheapest());
        ArrayNode breakEven = node.putArray("break_even");
        for (CostFigures.BreakEvenFigures b : cost.breakEven()) {
            breakEven
                    .addObject()
                    .put("option", b.option())
                    .put("versus", b.versus())
                    .put("months", b.months());
        }
        return node;
    }

    @Override
    public String render(Reply reply) {
        return write(reply);
    }

    private static final Action.Visitor<String> KIND = new Action.Visitor<>() {
        @Override
        public String runCommand(Action.RunCommand action) {
            return "command";
        }

        @Override
        public String openForm(Action.OpenForm action) {
            return "form";
        }

        @Override
        public String feedback(Action.Feedback action) {
            return "feedback";
        }

        @Override
        public String share(Action.Share action) {
            return "share";
        }
    };

    private ObjectNode form(Form form) {
        ObjectNode node = json.createObjectNode()
                .put("id", form.id())
                .put("title", form.title())
                .put("intro", form.intro());
        ArrayNode fields = node.putArray("fields");
        for (Form.Field field : form.fields()) {
            ObjectNode f = fields.addObject().put("id", field.id()).put("label", field.label());
            field.accept(new Form.Visitor<Void>() {
                @Override
                public Void singleChoice(Form.SingleChoice c) {
                    f.put("kind", "single");
                    choices(f, c.choices());
                    f.putArray("value").add(c.selected());
                    return null;
                }

                @Override
                public Void multipleChoice(Form.MultipleChoice c) {
                    f.put("kind", "multiple");
                    choices(f, c.choices());
                    ArrayNode value = f.putArray("value");
                    c.selected().forEach(value::add);
                    return null;
                }

                @Override
                public Void text(Form.TextInput t) {
                    f.put("kind", "text")
                            .put("maxLength", t.maxLength())
                            .putArray("value")
                            .add(t.value());
                    return null;
                }
            });
            field.error().ifPresent(e -> f.put("error", e));
        }
        return node;
    }

    private static void choices(ObjectNode field, java.util.List<Form.Choice> choices) {
        ArrayNode array = field.putArray("choices");
        choices.forEach(c -> array.addObject().put("value", c.value()).put("label", c.label()));
    }

    /** DESIGN.md's {@code "fit"}: GB rounded to 0.1, absent values as JSON null. */
    private ObjectNode fit(FitFigures fit) {
        ObjectNode node = json.createObjectNode();
        node.put("model", fit.model());
        node.put("params_b", fit.paramsB() == null ? null : round(fit.paramsB()));
        node.put("precision", fit.precision());
        node.put("context", fit.context());
        node.put("weights_gb", round(fit.weightsGb()));
        node.put("kv_gb", round(fit.kvGb()));
        node.put("total_gb", round(fit.totalGb()));
        node.put("available_gb", fit.availableGb() == null ? null : round(fit.availableGb()));
        node.put("fits", fit.fits());
        return node;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public String write(Reply reply) {
        try {
            return json.writeValueAsString(toJson(reply));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reply could not be written as JSON", e);
        }
    }

    private ObjectNode recommendation(Recommendation rec, Lang lang) {
        ObjectNode node = json.createObjectNode();
        ArrayNode ranking = node.putArray("ranking");
        for (RankedOption r : rec.ranking()) {
            ObjectNode item = ranking.addObject();
            item.put("option", r.option().id());
            item.put("score", Math.round(r.score() * 100) / 100.0);
            texts(item.putArray("reasons"), r.reasons(), lang);
            texts(item.putArray("caveats"), r.caveats(), lang);
        }
        ArrayNode excluded = node.putArray("excluded");
        for (ExcludedOption e : rec.excluded()) {
            ObjectNode item = excluded.addObject();
            item.put("option", e.option().id());
            texts(item.putArray("reasons"), e.reasons(), lang);
        }
        ArrayNode signals = node.putArray("signals");
        rec.situation().signals().stream().map(Signal::id).forEach(signals::add);
        ObjectNode weights = node.putObject("weights");
        for (CriterionId c : CriterionId.values()) {
            weights.put(c.id(), rec.weights().of(c));
        }
        rec.runnerUp().ifPresent(r -> node.put("runnerUp", r.option().id()));
        ArrayNode changes = node.putArray("changes");
        rec.changes().forEach(c -> {
            ObjectNode item = changes.addObject().put("signal", c.signal().id()).put("added", c.added());
            if (c.newTop() == null) {
                item.putNull("top");
            } else {
                item.put("top", c.newTop().id());
            }
        });
        return node;
    }

    private static void texts(ArrayNode into, List<Reason> reasons, Lang lang) {
        reasons.forEach(r -> into.add(r.text().in(lang)));
    }
}
