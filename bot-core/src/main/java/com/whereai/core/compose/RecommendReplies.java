package com.whereai.core.compose;

import com.whereai.core.fit.ModelFitCalculator;
import com.whereai.core.questionnaire.Answers;
import com.whereai.core.questionnaire.Questionnaire;
import com.whereai.core.recommend.AnswerChange;
import com.whereai.core.recommend.ExcludedOption;
import com.whereai.core.recommend.RankedOption;
import com.whereai.core.recommend.Reason;
import com.whereai.core.recommend.Recommendation;
import com.whereai.core.recommend.Weights;
import com.whereai.core.reply.Action;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.situation.Signal;
import com.whereai.core.situation.Situation;
import com.whereai.core.text.Numbers;
import com.whereai.core.text.Stars;
import com.whereai.knowledge.CriterionId;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import com.whereai.knowledge.VramRow;
import com.whereai.knowledge.VramRowText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A recommendation card, and the "why not X?" card that explains where one option stands. */
public final class RecommendReplies {

    private static final int TOP_REASONS = 4;
    private static final int OTHER_REASONS = 2;
    /** Scores this close to the leader's make "Yes, if …" rather than "It depends". */
    private static final double CLOSE = 0.05;

    private final GuideTexts texts;
    private final ModelFitCalculator fit = new ModelFitCalculator();

    public RecommendReplies(GuideTexts texts) {
        this.texts = texts;
    }

    /**
     * @param situationText what the user wrote about the situation, replayed by the card's buttons
     */
    public Reply recommend(Recommendation rec, String situationText, Lang lang) {
        return recommend(rec, situationText, null, lang);
    }

    /**
     * @param askedAbout the option a yes/no question asked about: the reply starts with the answer (No / Yes / Yes,
     *                   if … / It depends on …) and the guide's reason, then gives the recommendation; or null
     */
    public Reply recommend(Recommendation rec, String situationText, OptionId askedAbout, Lang lang) {
        return recommend(rec, situationText, askedAbout, lang, (reply, option) -> "", reply -> {});
    }

    /**
     * A recommendation for a team that gave its workload: each ranked option carries its monthly figure, and the budget
     * scenario follows the ranking.
     *
     * @param monthly an option's monthly figure as written ("12 340 kr"), or "" when it has none
     * @param budget adds the budget scenario's part to the reply
     */
    public Reply recommend(
            Recommendation rec,
            String situationText,
            OptionId askedAbout,
            Lang lang,
            java.util.function.BiFunction<Reply.Builder, OptionId, String> monthly,
            java.util.function.Consumer<Reply.Builder> budget) {
        Optional<RankedOption> top = rec.top();
        Reply.Builder reply = Reply.builder(Intent.RECOMMEND, lang).recommendation(rec);
        String title = top.map(t -> texts.text(lang, "recommend.title", texts.label(t.option(), lang)))
                .orElse(texts.text(lang, "recommend.title-none"));
        reply.title(title);
        if (askedAbout != null) {
            String answer = directAnswer(askedAbout, rec, lang);
            reply.paragraph(answer);
            reply.summary(answer);
        }
        understood(reply, rec.situation(), rec.weights(), lang);
        if (top.isPresent() && askedAbout == null) {
            reply.summary(title + " – " + firstReason(top.get(), lang));
        }
        if (top.isPresent()) {
            List<CardElement.Item> items = new ArrayList<>();
            for (int i = 0; i < rec.ranking().size(); i++) {
                RankedOption ranked = rec.ranking().get(i);
                List<String> lines = new ArrayList<>();
                ranked.reasons().stream()
                        .limit(i == 0 ? TOP_REASONS : OTHER_REASONS)
                        .forEach(r -> lines.add(r.text().in(lang)));
                ranked.caveats().stream()
                        .limit(i == 0 ? 2 : 1)
                        .forEach(r -> lines.add(
                                texts.text(lang, "recommend.caveat", r.text().in(lang))));
                String perMonth = monthly.apply(reply, ranked.option());
                if (!perMonth.isEmpty()) {
                    lines.add(texts.text(lang, "recommend.monthly", perMonth));
                }
                items.add(new CardElement.Item(
                        (i + 1) + ". " + texts.label(ranked.option(), lang), percent(ranked.score()), lines, null));
                citeReasons(reply, ranked.reasons());
                citeReasons(reply, ranked.caveats());
                texts.cite(reply, ranked.option().entryId());
            }
            reply.heading(texts.text(lang, "recommend.ranking")).add(new CardElement.ItemList(items));
            rec.runnerUp().ifPresent(second -> reply.paragraph(runnerUp(top.get(), second, rec.weights(), lang)));
        } else {
            reply.paragraph(texts.text(lang, "recommend.all-excluded"));
        }
        if (!rec.excluded().isEmpty()) {
            reply.heading(texts.text(lang, "recommend.excluded"));
            List<String> lines = new ArrayList<>();
            for (ExcludedOption excluded : rec.excluded()) {
                lines.add(texts.label(excluded.option(), lang) + " – "
                        + excluded.reasons().get(0).text().in(lang));
                citeReasons(reply, excluded.reasons());
            }
            reply.bullets(lines);
        }
        List<String> changes = rec.changes().stream().map(c -> change(c, lang)).toList();
        if (!changes.isEmpty()) {
            reply.heading(texts.text(lang, "recommend.changes")).bullets(changes);
        }
        budget.accept(reply);
        notes(reply, rec.situation(), lang);
        if (rec.situation().isEmpty() && rec.weights().equals(Weights.equal())) {
            reply.note(texts.text(lang, "recommend.tell-more"));
        }
        texts.cite(reply, "topic.ratings-table");
        actions(reply, rec, situationText, lang);
        return reply.build();
    }

    public Reply whyNot(OptionId option, Recommendation rec, String situationText, Lang lang) {
        Reply.Builder reply = Reply.builder(Intent.WHY_NOT, lang)
                .recommendation(rec)
                .title(texts.text(lang, "why-not.title", texts.label(option, lang)));
        understood(reply, rec.situation(), rec.weights(), lang);
        Optional<ExcludedOption> excluded =
                rec.excluded().stream().filter(e -> e.option() == option).findFirst();
        Optional<RankedOption> top = rec.top();
        if (excluded.isPresent()) {
            reply.paragraph(texts.text(lang, "why-not.excluded", texts.label(option, lang)));
            reply.bullets(excluded.get().reasons().stream()
                    .map(r -> r.text().in(lang))
                    .toList());
            citeReasons(reply, excluded.get().reasons());
        } else {
            int position = positionOf(rec, option);
            RankedOption ranked = rec.ranking().get(position - 1);
            if (position == 1) {
                reply.paragraph(texts.text(lang, "why-not.is-top", texts.label(option, lang), percent(ranked.score())));
                reply.bullets(
                        ranked.reasons().stream().map(r -> r.text().in(lang)).toList());
            } else {
                RankedOption leader = top.orElseThrow();
                reply.paragraph(texts.text(
                        lang,
                        "why-not.ranked",
                        texts.label(option, lang),
                        position,
                        rec.ranking().size(),
                        percent(ranked.score()),
                        texts.label(leader.option(), lang),
                        percent(leader.score())));
                List<String> weaker = weakerOn(ranked.option(), leader.option(), rec.weights(), lang);
                if (!weaker.isEmpty()) {
                    reply.heading(texts.text(lang, "why-not.weaker", texts.label(leader.option(), lang)))
                            .bullets(weaker);
                }
                if (!ranked.caveats().isEmpty()) {
                    reply.heading(texts.text(lang, "why-not.caveats"))
                            .bullets(ranked.caveats().stream()
                                    .map(r -> r.text().in(lang))
                                    .toList());
                }
            }
            citeReasons(reply, ranked.reasons());
            citeReasons(reply, ranked.caveats());
        }
        texts.cite(reply, option.entryId());
        texts.cite(reply, "topic.ratings-table");
        reply.action(Action.primary(
                texts.text(lang, "action.back-to-recommendation"),
                (texts.text(lang, "command.recommend") + " " + SituationWords.of(rec.situation(), rec.weights()))
                        .strip()));
        reply.action(Action.of(
                texts.text(lang, "action.details", texts.label(option, lang)),
                option.guideNumber().toLowerCase(Locale.ROOT)));
        return reply.build();
    }

    /** The answer to "should we use X?" for this situation, in one or two sentences with the guide's reason. */
    private String directAnswer(OptionId option, Recommendation rec, Lang lang) {
        String name = texts.label(option, lang);
        Optional<ExcludedOption> excluded =
                rec.excluded().stream().filter(e -> e.option() == option).findFirst();
        if (excluded.isPresent()) {
            return texts.text(
                    lang,
                    "direct.no",
                    name,
                    excluded.get().reasons().get(0).text().in(lang));
        }
        RankedOption leader = rec.top().orElseThrow();
        RankedOption asked = rec.ranking().get(positionOf(rec, option) - 1);
        if (leader.option() == option) {
            String why = asked.reasons().isEmpty()
                    ? percent(asked.score())
                    : asked.reasons().get(0).text().in(lang);
            return texts.text(lang, "direct.yes", name, why);
        }
        List<String> weaker = weakerOn(option, leader.option(), rec.weights(), lang);
        List<String> stronger = weakerOn(leader.option(), option, rec.weights(), lang);
        String behind = weaker.isEmpty()
                ? texts.text(lang, "recommend.runner-up-close")
                : String.join("; ", weaker.subList(0, Math.min(2, weaker.size())));
        if (leader.score() - asked.score() <= CLOSE && !stronger.isEmpty()) {
            return texts.text(
                    lang,
                    "direct.yes-if",
                    name,
                    String.join("; ", stronger.subList(0, Math.min(2, stronger.size()))),
                    texts.label(leader.option(), lang),
                    behind);
        }
        return texts.text(
                lang,
                "direct.depends",
                name,
                texts.label(leader.option(), lang),
                percent(leader.score()),
                percent(asked.score()),
                behind);
    }

    private void understood(Reply.Builder reply, Situation situation, Weights weights, Lang lang) {
        List<String> parts = new ArrayList<>();
        for (Signal signal : situation.signals()) {
            String text = signalText(signal, situation, lang);
            parts.add(
                    situation.fromModel().contains(signal)
                            ? texts.text(lang, "recommend.understood-by-model", text)
                            : text);
        }
        if (parts.isEmpty()) {
            reply.note(texts.text(lang, "recommend.understood-nothing"));
        } else {
            reply.note(texts.text(lang, "recommend.understood", String.join(", ", parts)));
            if (!situation.fromModel().isEmpty()) {
                reply.note(texts.text(lang, "recommend.model-read"));
            }
        }
        List<String> explicit = new ArrayList<>();
        for (CriterionId c : CriterionId.values()) {
            if (weights.isExplicit(c)) {
                explicit.add(texts.guide().criterion(c).name().in(lang) + " " + Numbers.compact(weights.of(c)));
            }
        }
        if (!explicit.isEmpty()) {
            reply.note(texts.text(lang, "recommend.weights", String.join(", ", explicit)));
        }
    }

    private String signalText(Signal signal, Situation situation, Lang lang) {
        if (signal == Signal.MODEL_SIZE && situation.modelBillions() != null) {
            return texts.text(lang, "signal.model-size.value", Numbers.compact(situation.modelBillions()));
        }
        if (signal == Signal.AVAILABLE_VRAM && situation.vramGb() != null) {
            return texts.text(lang, "signal.available-vram.value", Numbers.compact(situation.vramGb()));
        }
        return texts.text(lang, "signal." + signal.id());
    }

    private void notes(Reply.Builder reply, Situation situation, Lang lang) {
        if (situation.modelBillions() != null) {
            VramRow row = fit.closestGuideRow(texts.guide().vramTable(), situation.modelBillions());
            reply.note(texts.text(
                    lang,
                    "recommend.model-note",
                    row.label(),
                    VramRowText.vram(row),
                    row.machine().in(lang),
                    VramRowText.price(row, lang)));
            texts.cite(reply, row.id());
        }
        if (situation.has(Signal.COMMERCIAL_USE)) {
            reply.note(texts.text(lang, "recommend.licence-note"));
            texts.cite(reply, "licence.llama");
            texts.cite(reply, "licence.cc-nc");
        }
    }

    private void actions(Reply.Builder reply, Recommendation rec, String situationText, Lang lang) {
        rec.top()
                .ifPresent(t -> reply.action(Action.primary(
                        texts.text(lang, "action.details", texts.label(t.option(), lang)),
                        t.option().guideNumber().toLowerCase(Locale.ROOT))));
        if (rec.ranking().size() >= 2) {
            StringBuilder compare = new StringBuilder(texts.text(lang, "command.compare"));
            rec.ranking().stream()
                    .limit(3)
                    .forEach(r ->
                            compare.append(' ').append(r.option().guideNumber().toLowerCase(Locale.ROOT)));
            reply.action(Action.of(texts.text(lang, "action.compare-top"), compare.toString()));
        }
        whyNotCandidate(rec)
                .ifPresent(o -> reply.action(Action.of(
                        texts.text(lang, "action.why-not", texts.label(o, lang)),
                        (texts.text(lang, "command.why-not") + " "
                                        + o.guideNumber().toLowerCase(Locale.ROOT) + " "
                                        + SituationWords.of(rec.situation(), rec.weights()))
                                .strip())));
        String answers =
                Answers.fromSituation(rec.situation(), Questionnaire.STANDARD).toWords(Questionnaire.STANDARD);
        reply.action(new Action.OpenForm(
                texts.text(lang, "questionnaire.change"),
                (texts.text(lang, "command.questionnaire") + " " + answers).strip(),
                false));
    }

    /** The option a reader most likely wonders about: the first one ruled out, else the last in the ranking. */
    private static Optional<OptionId> whyNotCandidate(Recommendation rec) {
        if (!rec.excluded().isEmpty()) {
            return Optional.of(rec.excluded().get(0).option());
        }
        return rec.ranking().size() >= 2
                ? Optional.of(rec.ranking().get(rec.ranking().size() - 1).option())
                : Optional.empty();
    }

    private String runnerUp(RankedOption top, RankedOption second, Weights weights, Lang lang) {
        List<String> weaker = weakerOn(second.option(), top.option(), weights, lang);
        String where = weaker.isEmpty()
                ? texts.text(lang, "recommend.runner-up-close")
                : String.join("; ", weaker.subList(0, Math.min(2, weaker.size())));
        return texts.text(
                lang, "recommend.runner-up", texts.label(second.option(), lang), percent(second.score()), where);
    }

    /** The criteria, most weighted first, where {@code option} has fewer stars than {@code leader}. */
    private List<String> weakerOn(OptionId option, OptionId leader, Weights weights, Lang lang) {
        var a = texts.guide().option(option);
        var b = texts.guide().option(leader);
        List<CriterionId> criteria = new ArrayList<>(List.of(CriterionId.values()));
        criteria.removeIf(c -> a.stars(c) >= b.stars(c) || weights.of(c) == 0);
        criteria.sort(Comparator.comparingDouble((CriterionId c) -> -weights.of(c) * (b.stars(c) - a.stars(c)))
                .thenComparing(Enum::ordinal));
        return criteria.stream()
                .map(c -> texts.text(
                        lang,
                        "recommend.weaker-on",
                        texts.guide().criterion(c).name().in(lang),
                        Stars.of(a.stars(c)),
                        Stars.of(b.stars(c))))
                .toList();
    }

    private String change(AnswerChange change, Lang lang) {
        String signal = texts.text(lang, "signal." + change.signal().id());
        String key = change.added() ? "change.added" : "change.removed";
        return change.top()
                .map(o -> texts.text(lang, key, signal, texts.label(o, lang)))
                .orElseGet(() -> texts.text(lang, key + "-none-left", signal));
    }

    private String firstReason(RankedOption ranked, Lang lang) {
        return ranked.reasons().isEmpty()
                ? percent(ranked.score())
                : ranked.reasons().get(0).text().in(lang);
    }

    private void citeReasons(Reply.Builder reply, List<Reason> reasons) {
        reasons.forEach(r -> texts.cite(reply, r.source()));
    }

    private static int positionOf(Recommendation rec, OptionId option) {
        for (int i = 0; i < rec.ranking().size(); i++) {
            if (rec.ranking().get(i).option() == option) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(option + " is not ranked");
    }

    static String percent(double score) {
        return Math.round(score * 100) + " %";
    }
}
