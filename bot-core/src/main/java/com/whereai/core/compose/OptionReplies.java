package com.whereai.core.compose;

import com.whereai.core.reply.Action;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.text.Stars;
import com.whereai.knowledge.Criterion;
import com.whereai.knowledge.DeploymentOption;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import com.whereai.knowledge.OptionPoint;
import java.util.ArrayList;
import java.util.List;

/** The six options at a glance, and one option in full. */
public final class OptionReplies {

    private final GuideTexts texts;

    public OptionReplies(GuideTexts texts) {
        this.texts = texts;
    }

    public Reply list(Lang lang) {
        Reply.Builder reply = Reply.builder(Intent.OPTIONS, lang).title(texts.text(lang, "options.title"));
        reply.paragraph(texts.text(lang, "options.intro"));
        List<CardElement.Fact> facts = new ArrayList<>();
        for (DeploymentOption option : texts.guide().options()) {
            facts.add(new CardElement.Fact(
                    texts.label(option.optionId(), lang), option.summary().in(lang)));
            texts.cite(reply, option.entryId());
            reply.action(Action.of(
                    texts.label(option.optionId(), lang),
                    option.optionId().guideNumber().toLowerCase()));
        }
        reply.add(new CardElement.FactList(facts));
        reply.note(texts.text(lang, "options.footer"));
        return reply.build();
    }

    public Reply show(OptionId id, Lang lang) {
        DeploymentOption option = texts.guide().option(id);
        Reply.Builder reply = Reply.builder(Intent.OPTION, lang)
                .title(texts.fullName(id, lang))
                .summary(texts.fullName(id, lang) + ": " + option.summary().in(lang));
        reply.paragraph(option.summary().in(lang));
        reply.heading(texts.text(lang, "option.how"))
                .paragraph(option.howItWorks().in(lang));
        reply.heading(texts.text(lang, "option.pros")).bullets(points(option.pros(), lang));
        reply.heading(texts.text(lang, "option.cons")).bullets(points(option.cons(), lang));
        if (!option.providers().isEmpty()) {
            reply.heading(texts.text(lang, "option.providers"))
                    .bullets(option.providers().stream()
                            .map(p -> p.name() + " – " + p.note().in(lang))
                            .toList());
        }
        reply.heading(texts.text(lang, "option.when"))
                .paragraph(option.whenToPick().in(lang));
        reply.heading(texts.text(lang, "option.stars"));
        List<CardElement.Fact> stars = new ArrayList<>();
        for (Criterion c : texts.guide().criteria()) {
            stars.add(new CardElement.Fact(c.name().in(lang), Stars.of(option.stars(c.criterionId()))));
        }
        reply.add(new CardElement.FactList(stars));
        texts.cite(reply, option.entryId());
        option.pros().forEach(p -> texts.cite(reply, p.id()));
        option.cons().forEach(p -> texts.cite(reply, p.id()));
        option.see().forEach(s -> texts.cite(reply, s));
        texts.cite(reply, "topic.ratings-table");
        reply.action(Action.primary(texts.text(lang, "action.compare-with-all"), texts.text(lang, "command.compare")));
        for (OptionId other : neighbours(id)) {
            reply.action(Action.of(
                    texts.text(lang, "action.compare-with", texts.label(other, lang)),
                    texts.text(lang, "command.compare") + " " + id.guideNumber().toLowerCase() + " "
                            + other.guideNumber().toLowerCase()));
        }
        return reply.build();
    }

    private static List<String> points(List<OptionPoint> points, Lang lang) {
        return points.stream()
                .map(p -> p.title().in(lang) + ": " + p.text().in(lang))
                .toList();
    }

    /** The options next to this one in the guide's order: the natural ones to compare it with. */
    private static List<OptionId> neighbours(OptionId id) {
        OptionId[] all = OptionId.values();
        List<OptionId> result = new ArrayList<>();
        if (id.ordinal() > 0) {
            result.add(all[id.ordinal() - 1]);
        }
        if (id.ordinal() < all.length - 1) {
            result.add(all[id.ordinal() + 1]);
        }
        return result;
    }
}
