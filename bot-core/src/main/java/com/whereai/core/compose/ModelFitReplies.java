package com.whereai.core.compose;

import com.whereai.core.command.ModelFitQuestion;
import com.whereai.core.fit.FitVerdict;
import com.whereai.core.fit.ModelFitCalculator;
import com.whereai.core.fit.Precision;
import com.whereai.core.fit.VramEstimate;
import com.whereai.core.reply.Action;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.FitFigures;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.text.Numbers;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import com.whereai.knowledge.VramRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How much VRAM a model needs, whether it fits, and what fits in a given amount, beside the guide's table. */
public final class ModelFitReplies {

    private final GuideTexts texts;
    private final ModelFitCalculator calculator = new ModelFitCalculator();

    public ModelFitReplies(GuideTexts texts) {
        this.texts = texts;
    }

    public Reply answer(ModelFitQuestion question, Lang lang) {
        return question.size().isPresent() ? forModel(question, question.size().get(), lang) : capacity(question, lang);
    }

    private Reply forModel(ModelFitQuestion question, double billions, Lang lang) {
        int context = question.context().orElse(ModelFitCalculator.DEFAULT_CONTEXT);
        String size = Numbers.compact(billions) + "B";
        Reply.Builder reply = Reply.builder(Intent.MODEL_FIT, lang);
        List<Precision> precisions = question.precisionAsked().map(List::of).orElse(Precision.OVERVIEW);
        List<VramEstimate> estimates = precisions.stream()
                .map(p -> calculator.estimate(billions, p, context))
                .toList();
        Optional<Double> available = question.available();
        if (available.isPresent()) {
            reply.title(texts.text(lang, "fit.title-fits", size, gb(available.get(), lang)));
            verdict(reply, estimates, question.precisionAsked().isPresent(), available.get(), billions, context, lang);
        } else {
            reply.title(texts.text(lang, "fit.title-need", size));
            VramEstimate first = estimates.get(0);
            reply.summary(
                    texts.text(lang, "fit.summary-need", size, first.precision().label(), gb(first.totalGb(), lang)));
        }
        reply.fit(figures(question, billions, estimates, context));
        reply.heading(texts.text(lang, "fit.estimates"));
        List<CardElement.Fact> facts = new ArrayList<>();
        for (VramEstimate e : estimates) {
            facts.add(new CardElement.Fact(
                    e.precision().label(),
                    texts.text(
                            lang,
                            "fit.estimate-line",
                            gb(e.totalGb(), lang),
                            gb(e.weightsGb(), lang),
                            gb(e.kvCacheGb(), lang),
                            gb(e.overheadGb(), lang))));
        }
        reply.add(new CardElement.FactList(facts));
        VramRow row = calculator.closestGuideRow(texts.guide().vramTable(), billions);
        reply.heading(texts.text(lang, "fit.guide-heading"));
        reply.paragraph(texts.vramRow(row, lang));
        reply.note(texts.text(lang, "fit.formula"));
        reply.note(texts.text(
                lang,
                "fit.assumptions",
                context,
                estimates.get(0).layers(),
                estimates.get(0).kvDimension()));
        texts.cite(reply, row.id());
        texts.cite(reply, "concept.vram");
        texts.cite(reply, "concept.parameters");
        reply.action(Action.of(texts.text(lang, "action.vram-concept"), texts.text(lang, "command.concept-vram")));
        reply.action(Action.of(texts.text(lang, "action.details", texts.label(OptionId.LOCAL, lang)), "1"));
        return reply.build();
    }

    /** The precision asked, else the best that fits, else the smallest; without memory, the first shown. */
    private FitFigures figures(ModelFitQuestion question, double billions, List<VramEstimate> estimates, int context) {
        Optional<Double> available = question.available();
        VramEstimate shown = estimates.get(0);
        if (available.isPresent() && question.precisionAsked().isEmpty()) {
            Precision precision = calculator
                    .bestFitting(billions, context, available.get())
                    .orElse(Precision.LADDER.get(Precision.LADDER.size() - 1));
            shown = calculator.estimate(billions, precision, context);
        }
        VramEstimate e = shown;
        Boolean fits = available
                .map(gb -> calculator.verdict(e, gb) != FitVerdict.DOES_NOT_FIT)
                .orElse(null);
        return new FitFigures(
                null,
                billions,
                e.precision().label(),
                context,
                e.weightsGb(),
                e.kvCacheGb(),
                e.totalGb(),
                available.orElse(null),
                fits);
    }

    private void verdict(
            Reply.Builder reply,
            List<VramEstimate> estimates,
            boolean precisionAsked,
            double available,
            double billions,
            int context,
            Lang lang) {
        List<String> lines = new ArrayList<>();
        boolean askedFits = false;
        for (VramEstimate e : estimates) {
            FitVerdict verdict = calculator.verdict(e, available);
            askedFits |= verdict != FitVerdict.DOES_NOT_FIT;
            lines.add(texts.text(
                    lang,
                    "fit.verdict." + verdict.name().toLowerCase(java.util.Locale.ROOT),
                    e.precision().label(),
                    gb(e.totalGb(), lang),
                    gb(available, lang),
                    gb(Math.abs(available - e.totalGb()), lang)));
        }
        Optional<Precision> best = calculator.bestFitting(billions, context, available);
        String summary;
        if (best.isEmpty()) {
            summary = texts.text(lang, "fit.answer-no", gb(available, lang));
            reply.action(Action.primary(
                    texts.text(lang, "action.details", texts.label(OptionId.RENTED_SERVER, lang)), "2b"));
        } else if (precisionAsked && askedFits) {
            summary = texts.text(lang, "fit.answer-yes");
        } else {
            VramEstimate e = calculator.estimate(billions, best.get(), context);
            if (precisionAsked) {
                summary = texts.text(lang, "fit.answer-with", best.get().label(), gb(e.totalGb(), lang));
            } else if (best.get() == Precision.FP16) {
                summary = texts.text(lang, "fit.answer-yes-unquantised", gb(e.totalGb(), lang));
            } else {
                summary = texts.text(
                        lang,
                        "fit.answer-yes-at",
                        best.get().label(),
                        gb(e.totalGb(), lang),
                        gb(
                                calculator
                                        .estimate(billions, Precision.FP16, context)
                                        .totalGb(),
                                lang));
            }
        }
        reply.summary(summary);
        reply.paragraph(summary);
        reply.bullets(lines);
    }

    private Reply capacity(ModelFitQuestion question, Lang lang) {
        double available = question.available().orElseThrow();
        int context = question.context().orElse(ModelFitCalculator.DEFAULT_CONTEXT);
        Reply.Builder reply = Reply.builder(Intent.MODEL_FIT, lang)
                .title(texts.text(lang, "fit.title-capacity", gb(available, lang)));
        List<Precision> precisions = question.precisionAsked().map(List::of).orElse(Precision.OVERVIEW);
        List<CardElement.Fact> facts = new ArrayList<>();
        for (Precision p : precisions) {
            Optional<Double> largest = calculator.largestFitting(available, p, context);
            facts.add(new CardElement.Fact(
                    p.label(),
                    largest.map(b -> texts.text(
                                    lang,
                                    "fit.capacity-up-to",
                                    Numbers.compact(b),
                                    gb(calculator.estimate(b, p, context).totalGb(), lang)))
                            .orElse(texts.text(lang, "fit.capacity-none"))));
        }
        reply.fit(capacityFigures(available, context));
        reply.paragraph(texts.text(lang, "fit.capacity-intro", gb(available, lang)));
        reply.add(new CardElement.FactList(facts));
        List<String> rows = new ArrayList<>();
        for (VramRow row : texts.guide().vramTable()) {
            if (row.vramGbMin() <= available) {
                rows.add(texts.vramRow(row, lang));
                texts.cite(reply, row.id());
            }
        }
        reply.heading(texts.text(lang, "fit.guide-heading"));
        if (rows.isEmpty()) {
            reply.paragraph(texts.text(lang, "fit.guide-none", gb(available, lang)));
            texts.cite(reply, texts.guide().vramTable().get(0).id());
        } else {
            reply.bullets(rows);
        }
        reply.note(texts.text(lang, "fit.formula"));
        reply.note(texts.text(lang, "fit.assumptions-capacity", context));
        texts.cite(reply, "concept.vram");
        reply.action(Action.of(texts.text(lang, "action.vram-concept"), texts.text(lang, "command.concept-vram")));
        return reply.build();
    }

    /** The largest common size that fits at Q4_K_M, Ollama's default; none fits: params_b null, fits false. */
    private FitFigures capacityFigures(double available, int context) {
        Optional<Double> largest = calculator.largestFitting(available, Precision.Q4_K_M, context);
        VramEstimate e = calculator.estimate(largest.orElse(1.0), Precision.Q4_K_M, context);
        return new FitFigures(
                null,
                largest.orElse(null),
                Precision.Q4_K_M.label(),
                context,
                largest.isPresent() ? e.weightsGb() : 0,
                largest.isPresent() ? e.kvCacheGb() : 0,
                largest.isPresent() ? e.totalGb() : 0,
                available,
                largest.isPresent());
    }

    private static String gb(double value, Lang lang) {
        boolean whole = Math.abs(value - Math.rint(value)) < 0.05;
        return String.format(lang.locale(), value >= 100 || whole ? "%.0f" : "%.1f", value);
    }
}
