package com.whereai.core.compose;

import com.whereai.core.command.CatalogueFitQuestion;
import com.whereai.core.fit.FitVerdict;
import com.whereai.core.fit.ModelFitCalculator;
import com.whereai.core.fit.NamedModelEstimate;
import com.whereai.core.fit.NamedModelEstimator;
import com.whereai.core.reply.Action;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.FitFigures;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.Licence;
import com.whereai.knowledge.OptionId;
import com.whereai.knowledge.VramRow;
import com.whereai.knowledge.catalogue.CatalogueModel;
import com.whereai.knowledge.catalogue.Hardware;
import com.whereai.knowledge.catalogue.KvCacheType;
import com.whereai.knowledge.catalogue.Quant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Whether a named catalogue model fits on named hardware, at which quant and with how much context, and which catalogue
 * models fit on it. The figures come from the catalogue, never presented as the guide's: the reply says where they are
 * from and when they were collected, and quotes the guide's own VRAM row beside them.
 */
public final class CatalogueFitReplies {

    /** When nothing fits at the context asked, how much context would fit at the usual Ollama default. */
    private static final String SHORTER_CONTEXT_QUANT = "Q4_K_M";

    private final GuideTexts texts;
    private final NamedModelEstimator estimator;
    private final KvCacheType f16;
    private final ModelFitCalculator calculator = new ModelFitCalculator();

    public CatalogueFitReplies(GuideTexts texts, NamedModelEstimator estimator) {
        this.texts = texts;
        this.estimator = estimator;
        this.f16 = estimator.catalogue().kvCacheType("f16").orElseThrow();
    }

    public Reply answer(CatalogueFitQuestion question, Lang lang) {
        if (question.model().isEmpty()) {
            return whichModelsFit(question, question.hardware().orElseThrow(), lang);
        }
        CatalogueModel model = question.model().get();
        return question.hardware()
                .map(hardware -> forModel(model, hardware, question, lang))
                .orElseGet(() -> need(model, question, lang));
    }

    /** "llama 3.1 405b", "how much vram does gemma2:27b need?": what it needs at each quant, on no hardware. */
    private Reply need(CatalogueModel model, CatalogueFitQuestion question, Lang lang) {
        int asked = question.context().orElse(NamedModelEstimator.DEFAULT_CONTEXT);
        int context = Math.min(asked, model.maxContext());
        Reply.Builder reply =
                Reply.builder(Intent.MODEL_FIT, lang).title(texts.text(lang, "catalogue-fit.title-need", model.name()));
        Quant headline = question.quant()
                .or(() -> estimator.catalogue().quant(SHORTER_CONTEXT_QUANT))
                .orElse(last(estimator.ladder()));
        NamedModelEstimate main = estimator.estimate(model, headline, context, f16, 1);
        String summary = texts.text(
                lang, "catalogue-fit.need-summary", model.name(), headline.id(), context, gb(main.totalGb(), lang));
        reply.summary(summary);
        reply.paragraph(summary);
        reply.fit(new FitFigures(
                model.id(),
                model.params() / 1e9,
                headline.id(),
                context,
                main.weightsGb(),
                main.kvCacheGb(),
                main.totalGb(),
                null,
                null));
        if (asked > model.maxContext()) {
            reply.note(texts.text(lang, "catalogue-fit.context-capped", asked, model.maxContext()));
        }
        reply.heading(texts.text(lang, "catalogue-fit.need-heading", context));
        List<CardElement.Fact> facts = new ArrayList<>();
        for (Quant q : question.quant().map(List::of).orElse(estimator.ladder())) {
            NamedModelEstimate e = estimator.estimate(model, q, context, f16, 1);
            facts.add(new CardElement.Fact(
                    q.id(),
                    texts.text(
                            lang,
                            "catalogue-fit.breakdown-line",
                            gb(e.totalGb(), lang),
                            gb(e.weightsGb(), lang),
                            gb(e.kvCacheGb(), lang),
                            gb(e.computeBufferGb(), lang),
                            gb(e.overheadGb(), lang))));
        }
        reply.add(new CardElement.FactList(facts));
        aboutTheModel(reply, model, lang);
        reply.action(Action.of(texts.text(lang, "action.vram-concept"), texts.text(lang, "command.concept-vram")));
        reply.action(Action.of(texts.text(lang, "action.details", texts.label(OptionId.LOCAL, lang)), "1"));
        return reply.build();
    }

    private Reply forModel(CatalogueModel model, Hardware hardware, CatalogueFitQuestion question, Lang lang) {
        int asked = question.context().orElse(NamedModelEstimator.DEFAULT_CONTEXT);
        int context = Math.min(asked, model.maxContext());
        double usable = NamedModelEstimator.usableGb(hardware);
        Reply.Builder reply = Reply.builder(Intent.MODEL_FIT, lang)
                .title(texts.text(lang, "catalogue-fit.title", model.name(), hardwareName(hardware, lang)));
        List<Quant> quants = question.quant().map(List::of).orElse(estimator.ladder());
        List<String> lines = new ArrayList<>();
        for (Quant q : quants) {
            NamedModelEstimate e = estimator.estimate(model, q, context, f16, hardware);
            lines.add(verdictLine(q.id(), e.totalGb(), usable, estimator.verdict(e, hardware), lang));
        }
        Optional<Quant> best = estimator.bestQuant(model, hardware, context, f16);
        String summary = summary(model, question.quant(), best, hardware, context, lang);
        reply.summary(summary);
        reply.paragraph(summary);
        reply.bullets(lines);
        if (asked > model.maxContext()) {
            reply.note(texts.text(lang, "catalogue-fit.context-capped", asked, model.maxContext()));
        }
        Quant shown = question.quant().or(() -> best).orElse(last(estimator.ladder()));
        NamedModelEstimate e = estimator.estimate(model, shown, context, f16, hardware);
        reply.fit(figures(e, hardware));
        reply.heading(texts.text(lang, "catalogue-fit.breakdown", shown.id(), context));
        reply.paragraph(texts.text(
                lang,
                "catalogue-fit.breakdown-line",
                gb(e.totalGb(), lang),
                gb(e.weightsGb(), lang),
                gb(e.kvCacheGb(), lang),
                gb(e.computeBufferGb(), lang),
                gb(e.overheadGb() + e.multiGpuGb(), lang)));
        Optional<Quant> contextQuant =
                question.quant().or(() -> best).or(() -> estimator.catalogue().quant(SHORTER_CONTEXT_QUANT));
        contextQuant.ifPresent(q -> {
            OptionalInt longest = estimator.longestContext(model, q, hardware, f16);
            reply.paragraph(
                    longest.isPresent()
                            ? texts.text(
                                    lang,
                                    "catalogue-fit.longest-context",
                                    q.id(),
                                    longest.getAsInt(),
                                    model.maxContext())
                            : texts.text(lang, "catalogue-fit.no-context", q.id()));
        });
        if (best.isEmpty()) {
            otherwise(reply, model, hardware, context, lang);
            reply.action(Action.primary(
                    texts.text(lang, "action.details", texts.label(OptionId.RENTED_SERVER, lang)), "2b"));
        }
        aboutTheModel(reply, model, lang);
        reply.action(Action.of(texts.text(lang, "action.details", texts.label(OptionId.LOCAL, lang)), "1"));
        return reply.build();
    }

    private String summary(
            CatalogueModel model,
            Optional<Quant> asked,
            Optional<Quant> best,
            Hardware hardware,
            int context,
            Lang lang) {
        String usable = gb(NamedModelEstimator.usableGb(hardware), lang);
        if (best.isEmpty()) {
            Quant smallest = last(estimator.ladder());
            double need =
                    estimator.estimate(model, smallest, context, f16, hardware).totalGb();
            return texts.text(lang, "catalogue-fit.answer-no", smallest.id(), gb(need, lang), usable);
        }
        if (asked.isPresent()) {
            NamedModelEstimate e = estimator.estimate(model, asked.get(), context, f16, hardware);
            if (estimator.verdict(e, hardware) != FitVerdict.DOES_NOT_FIT) {
                return texts.text(lang, "catalogue-fit.answer-yes", asked.get().id(), gb(e.totalGb(), lang), usable);
            }
            double bestNeed = estimator
                    .estimate(model, best.get(), context, f16, hardware)
                    .totalGb();
            return texts.text(
                    lang,
                    "catalogue-fit.answer-other",
                    asked.get().id(),
                    gb(e.totalGb(), lang),
                    usable,
                    best.get().id(),
                    gb(bestNeed, lang));
        }
        double need =
                estimator.estimate(model, best.get(), context, f16, hardware).totalGb();
        return texts.text(lang, "catalogue-fit.answer-best", best.get().id(), gb(need, lang), usable);
    }

    /** What to do when no quant fits: another GPU (or a bigger Mac), CPU offload, or the guide's hosted options. */
    private void otherwise(Reply.Builder reply, CatalogueModel model, Hardware hardware, int context, Lang lang) {
        List<String> ways = new ArrayList<>();
        if (hardware.kind() == Hardware.Kind.GPU && !hardware.id().equals("stated")) {
            Hardware more = new Hardware(
                    hardware.kind(),
                    hardware.id(),
                    hardware.name(),
                    hardware.count() + 1,
                    hardware.memoryGiB(),
                    hardware.usableGiB(),
                    hardware.memoryStated());
            Optional<Quant> withMore = estimator.bestQuant(model, more, context, f16);
            ways.add(
                    withMore.isPresent()
                            ? texts.text(
                                    lang,
                                    "catalogue-fit.otherwise-more-gpus",
                                    more.count(),
                                    more.name(),
                                    withMore.get().id())
                            : texts.text(
                                    lang, "catalogue-fit.otherwise-more-gpus-not-enough", more.count(), more.name()));
        } else {
            ways.add(texts.text(lang, "catalogue-fit.otherwise-more-memory"));
        }
        ways.add(texts.text(lang, "catalogue-fit.otherwise-offload"));
        ways.add(texts.text(
                lang,
                "catalogue-fit.otherwise-hosted",
                texts.label(OptionId.RENTED_SERVER, lang),
                texts.label(OptionId.CLOUD_PLATFORM, lang),
                texts.label(OptionId.INFERENCE_API, lang)));
        reply.heading(texts.text(lang, "catalogue-fit.otherwise"));
        reply.bullets(ways);
    }

    /** The guide's own VRAM row nearest the model's size, beside the catalogue's figures. */
    private void guideRow(Reply.Builder reply, CatalogueModel model, Lang lang) {
        VramRow row = calculator.closestGuideRow(texts.guide().vramTable(), model.params() / 1e9);
        reply.heading(texts.text(lang, "fit.guide-heading"));
        reply.paragraph(texts.vramRow(row, lang));
        texts.cite(reply, row.id());
    }

    /**
     * The model's licence as its card names it, then the guide's own words on that licence (Llama's 700 million
     * monthly users, Apache/MIT, CC-NC), or the catalogue's note where the guide has no entry for it (Qwen, Gemma).
     */
    /** What every fit reply ends with: the model's licence, the guide's row for its size, and where the figures come from. */
    private void aboutTheModel(Reply.Builder reply, CatalogueModel model, Lang lang) {
        licence(reply, model, lang);
        guideRow(reply, model, lang);
        reply.note(texts.text(
                lang,
                "catalogue-fit.source-model",
                model.name(),
                model.sources().config(),
                estimator.catalogue().collected().toString()));
        reply.note(texts.text(lang, "catalogue-fit.method"));
    }

    private void licence(Reply.Builder reply, CatalogueModel model, Lang lang) {
        reply.heading(texts.text(lang, "catalogue-fit.licence", model.licenceName()));
        Optional<Licence> guideLicence = model.licenceId()
                .flatMap(id -> texts.guide().licences().stream()
                        .filter(l -> l.id().equals(id))
                        .findFirst());
        if (guideLicence.isPresent()) {
            reply.paragraph(texts.text(
                    lang,
                    "catalogue-fit.licence-guide",
                    guideLicence.get().name().in(lang),
                    guideLicence.get().text().in(lang)));
            texts.cite(reply, guideLicence.get().id());
        }
        model.licenceNote().ifPresent(reply::note);
    }

    private Reply whichModelsFit(CatalogueFitQuestion question, Hardware hardware, Lang lang) {
        int context = question.context().orElse(NamedModelEstimator.DEFAULT_CONTEXT);
        String usable = gb(NamedModelEstimator.usableGb(hardware), lang);
        Reply.Builder reply = Reply.builder(Intent.MODEL_FIT, lang)
                .title(texts.text(lang, "catalogue-fit.title-which", hardwareName(hardware, lang)));
        List<CardElement.Fact> fitting = new ArrayList<>();
        List<String> tooBig = new ArrayList<>();
        List<CatalogueModel> models = estimator.catalogue().models().stream()
                .sorted(Comparator.comparingLong(CatalogueModel::params).reversed())
                .toList();
        for (CatalogueModel model : models) {
            int ctx = Math.min(context, model.maxContext());
            Optional<Quant> best = question.quant()
                    .filter(q -> estimator.verdict(model, q, ctx, f16, hardware) != FitVerdict.DOES_NOT_FIT)
                    .or(() -> question.quant().isPresent()
                            ? Optional.empty()
                            : estimator.bestQuant(model, hardware, ctx, f16));
            if (best.isPresent()) {
                double need = estimator
                        .estimate(model, best.get(), ctx, f16, hardware)
                        .totalGb();
                fitting.add(new CardElement.Fact(
                        model.name(),
                        texts.text(
                                lang,
                                "catalogue-fit.which-line",
                                best.get().id(),
                                gb(need, lang),
                                model.licenceName())));
            } else {
                tooBig.add(model.name());
            }
        }
        reply.fit(largestFitting(models, question, hardware, context));
        reply.paragraph(texts.text(lang, "catalogue-fit.which-intro", usable, context));
        if (fitting.isEmpty()) {
            reply.paragraph(texts.text(lang, "catalogue-fit.which-none"));
        } else {
            reply.add(new CardElement.FactList(fitting));
        }
        if (!tooBig.isEmpty()) {
            reply.paragraph(texts.text(lang, "catalogue-fit.which-too-big", String.join(", ", tooBig)));
        }
        reply.summary(texts.text(lang, "catalogue-fit.which-summary", fitting.size(), models.size(), usable));
        reply.note(texts.text(
                lang,
                "catalogue-fit.source-all",
                estimator.catalogue().collected().toString()));
        reply.note(texts.text(lang, "catalogue-fit.method"));
        reply.action(Action.of(texts.text(lang, "action.vram-concept"), texts.text(lang, "command.concept-vram")));
        texts.cite(reply, "concept.vram");
        return reply.build();
    }

    /** The largest catalogue model that fits at its best quant, or the smallest at the smallest quant if none does. */
    private FitFigures largestFitting(
            List<CatalogueModel> largestFirst, CatalogueFitQuestion question, Hardware hardware, int context) {
        for (CatalogueModel model : largestFirst) {
            int ctx = Math.min(context, model.maxContext());
            Optional<Quant> quant = question.quant().isPresent()
                    ? question.quant()
                            .filter(q -> estimator.verdict(model, q, ctx, f16, hardware) != FitVerdict.DOES_NOT_FIT)
                    : estimator.bestQuant(model, hardware, ctx, f16);
            if (quant.isPresent()) {
                return figures(estimator.estimate(model, quant.get(), ctx, f16, hardware), hardware);
            }
        }
        CatalogueModel smallest = largestFirst.get(largestFirst.size() - 1);
        Quant quant = question.quant().orElse(last(estimator.ladder()));
        return figures(
                estimator.estimate(smallest, quant, Math.min(context, smallest.maxContext()), f16, hardware), hardware);
    }

    private FitFigures figures(NamedModelEstimate e, Hardware hardware) {
        return new FitFigures(
                e.model().id(),
                e.model().params() / 1e9,
                e.quant().id(),
                e.contextTokens(),
                e.weightsGb(),
                e.kvCacheGb(),
                e.totalGb(),
                NamedModelEstimator.usableGb(hardware),
                estimator.verdict(e, hardware) != FitVerdict.DOES_NOT_FIT);
    }

    private String verdictLine(String label, double need, double usable, FitVerdict verdict, Lang lang) {
        return texts.text(
                lang,
                "fit.verdict." + verdict.name().toLowerCase(Locale.ROOT),
                label,
                gb(need, lang),
                gb(usable, lang),
                gb(Math.abs(usable - need), lang));
    }

    private String hardwareName(Hardware hardware, Lang lang) {
        String name = hardware.count() > 1 ? hardware.count() + "× " + hardware.name() : hardware.name();
        if (hardware.kind() == Hardware.Kind.APPLE) {
            return texts.text(
                    lang,
                    "catalogue-fit.hardware-mac",
                    name,
                    gib(hardware.memoryGiB(), lang),
                    gb(NamedModelEstimator.usableGb(hardware), lang));
        }
        if (hardware.id().equals("stated")) {
            return name;
        }
        return texts.text(lang, "catalogue-fit.hardware-gpu", name, gib(hardware.totalMemoryGiB(), lang));
    }

    private static Quant last(List<Quant> ladder) {
        return ladder.get(ladder.size() - 1);
    }

    /**
     * A size in GB (10⁹ bytes) shown as GPU makers and people count memory: a "24 GB" RTX 4090 holds 24 GiB, so every
     * figure is shown in GiB, and model and card are measured alike.
     */
    private static String gb(double value, Lang lang) {
        return gib(value / NamedModelEstimator.GB_PER_GIB, lang);
    }

    private static String gib(double value, Lang lang) {
        boolean whole = Math.abs(value - Math.rint(value)) < 0.05;
        return String.format(lang.locale(), value >= 100 || whole ? "%.0f" : "%.1f", value);
    }
}
