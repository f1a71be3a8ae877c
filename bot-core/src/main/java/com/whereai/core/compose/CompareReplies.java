package com.whereai.core.compose;

import com.whereai.core.reply.Action;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.text.Stars;
import com.whereai.knowledge.Criterion;
import com.whereai.knowledge.CriterionId;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The guide's star table, for all six options or the ones asked for. */
public final class CompareReplies {

    private final GuideTexts texts;
    /** A comparison depends only on the guide, the options asked for and the language: each is built once. */
    private final java.util.Map<String, Reply> built = new java.util.concurrent.ConcurrentHashMap<>();

    public CompareReplies(GuideTexts texts) {
        this.texts = texts;
    }

    public Reply compare(List<OptionId> asked, Lang lang) {
        return built.computeIfAbsent(lang.code() + asked, key -> build(asked, lang));
    }

    private Reply build(List<OptionId> asked, Lang lang) {
        List<OptionId> options = asked.isEmpty() ? Arrays.asList(OptionId.values()) : asked;
        Reply.Builder reply = Reply.builder(Intent.COMPARE, lang).title(texts.text(lang, "compare.title"));
        reply.paragraph(texts.text(lang, asked.isEmpty() ? "compare.intro-all" : "compare.intro-some"));
        List<String> header = new ArrayList<>(List.of(""));
        List<String> footnotes = new ArrayList<>();
        for (OptionId id : options) {
            header.add(id.guideNumber());
            footnotes.add(id.guideNumber() + " = " + texts.label(id, lang));
            reply.rating(
                    id,
                    Arrays.stream(texts.guide().option(id).starsInOrder())
                            .boxed()
                            .toList());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Criterion c : texts.guide().criteria()) {
            List<String> row = new ArrayList<>(List.of(c.name().in(lang)));
            options.forEach(id -> row.add(Stars.of(texts.guide().option(id).stars(c.criterionId()))));
            rows.add(row);
        }
        reply.add(new CardElement.Table(header, rows, footnotes));
        if (options.size() >= 2) {
            reply.bullets(strengths(options, lang));
        }
        reply.note(texts.text(lang, "compare.legend"));
        texts.cite(reply, "topic.ratings-table");
        if (asked.isEmpty()) {
            texts.cite(reply, "topic.summary-advice");
        }
        options.forEach(id -> reply.action(Action.of(
                texts.text(lang, "action.details", texts.label(id, lang)),
                id.guideNumber().toLowerCase())));
        reply.action(new Action.OpenForm(
                texts.text(lang, "action.recommend"), texts.text(lang, "command.questionnaire"), true));
        return reply.build();
    }

    /** For each criterion, which of the compared options the guide rates highest. */
    private List<String> strengths(List<OptionId> options, Lang lang) {
        List<String> lines = new ArrayList<>();
        for (CriterionId c : CriterionId.values()) {
            int best = options.stream()
                    .mapToInt(o -> texts.guide().option(o).stars(c))
                    .max()
                    .orElse(0);
            List<String> leaders = options.stream()
                    .filter(o -> texts.guide().option(o).stars(c) == best)
                    .map(o -> texts.label(o, lang))
                    .toList();
            if (leaders.size() < options.size()) {
                lines.add(texts.text(
                        lang,
                        "compare.best-on",
                        texts.guide().criterion(c).name().in(lang),
                        String.join(", ", leaders)));
            }
        }
        return lines;
    }
}
