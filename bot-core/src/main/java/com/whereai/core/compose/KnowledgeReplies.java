package com.whereai.core.compose;

import com.whereai.core.reply.Action;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Concept;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.Licence;
import com.whereai.knowledge.Topic;
import com.whereai.knowledge.VramRow;
import com.whereai.knowledge.VramRowText;
import java.util.ArrayList;
import java.util.List;

/** The guide's reference parts: key concepts, licences and its other topics. */
public final class KnowledgeReplies {

    private final GuideTexts texts;

    public KnowledgeReplies(GuideTexts texts) {
        this.texts = texts;
    }

    public Reply concepts(String conceptId, Lang lang) {
        if (conceptId != null) {
            return concept(
                    texts.guide().concepts().stream()
                            .filter(c -> c.id().equals(conceptId))
                            .findFirst()
                            .orElseThrow(),
                    lang);
        }
        Reply.Builder reply = Reply.builder(Intent.CONCEPT, lang).title(texts.text(lang, "concepts.title"));
        reply.paragraph(texts.text(lang, "concepts.intro"));
        List<CardElement.Fact> facts = new ArrayList<>();
        for (Concept c : texts.guide().concepts()) {
            facts.add(new CardElement.Fact(c.name().in(lang), c.analogy().in(lang)));
            texts.cite(reply, c.id());
            reply.action(Action.of(
                    c.name().in(lang),
                    texts.text(lang, "command.explain") + " " + c.aliases().get(0)));
        }
        reply.add(new CardElement.FactList(facts));
        return reply.build();
    }

    private Reply concept(Concept concept, Lang lang) {
        Reply.Builder reply = Reply.builder(Intent.CONCEPT, lang)
                .title(concept.name().in(lang))
                .summary(concept.name().in(lang) + ": " + concept.text().in(lang));
        reply.paragraph(concept.text().in(lang));
        reply.heading(texts.text(lang, "concept.analogy"))
                .paragraph(concept.analogy().in(lang));
        texts.cite(reply, concept.id());
        if (concept.id().equals("concept.vram")) {
            reply.heading(texts.text(lang, "fit.guide-heading"));
            List<CardElement.Fact> rows = new ArrayList<>();
            for (VramRow row : texts.guide().vramTable()) {
                rows.add(new CardElement.Fact(
                        VramRowText.modelSize(row, lang),
                        VramRowText.vram(row) + " – " + row.machine().in(lang) + " (" + VramRowText.price(row, lang)
                                + ")"));
                texts.cite(reply, row.id());
            }
            reply.add(new CardElement.FactList(rows));
            reply.action(Action.primary(texts.text(lang, "action.try-fit"), texts.text(lang, "command.fit-example")));
        }
        concept.see().forEach(id -> texts.cite(reply, id));
        reply.action(Action.of(texts.text(lang, "action.all-concepts"), texts.text(lang, "command.concepts")));
        return reply.build();
    }

    public Reply licences(String licenceId, Lang lang) {
        Reply.Builder reply = Reply.builder(Intent.LICENCE, lang).title(texts.text(lang, "licences.title"));
        reply.paragraph(texts.text(lang, "licences.intro"));
        List<CardElement.Fact> facts = new ArrayList<>();
        List<Licence> licences = texts.guide().licences().stream()
                .filter(l -> licenceId == null || l.id().equals(licenceId))
                .toList();
        for (Licence l : licences) {
            facts.add(new CardElement.Fact(
                    l.name().in(lang),
                    texts.text(
                                    lang,
                                    "licence.commercial."
                                            + l.commercialUse().name().toLowerCase(java.util.Locale.ROOT))
                            + " " + l.text().in(lang)));
            texts.cite(reply, l.id());
        }
        reply.add(new CardElement.FactList(facts));
        if (licenceId != null) {
            reply.summary(licences.get(0).name().in(lang) + ": "
                    + licences.get(0).text().in(lang));
            reply.action(Action.of(texts.text(lang, "action.all-licences"), texts.text(lang, "command.licences")));
        }
        reply.note(texts.text(lang, "licences.note"));
        texts.cite(reply, "option.local.con.limited-models");
        return reply.build();
    }

    public Reply topic(String topicId, Lang lang) {
        Topic topic = texts.guide().topic(topicId).orElseThrow();
        Reply.Builder reply = Reply.builder(Intent.TOPIC, lang)
                .title(topic.title().in(lang))
                .summary(topic.title().in(lang) + ": " + topic.text().in(lang));
        reply.paragraph(topic.text().in(lang));
        reply.bullets(topic.points().stream().map(p -> p.in(lang)).toList());
        texts.cite(reply, topic.id());
        if (topicId.equals("topic.summary-advice")) {
            reply.action(new Action.OpenForm(
                    texts.text(lang, "action.recommend"), texts.text(lang, "command.questionnaire"), true));
            reply.action(Action.of(texts.text(lang, "action.compare-all"), texts.text(lang, "command.compare")));
        }
        return reply.build();
    }

    /** The answer to a thumbs up or down. */
    public Reply thanks(Lang lang) {
        return Reply.builder(Intent.FEEDBACK, lang)
                .title(texts.text(lang, "feedback.title"))
                .paragraph(texts.text(lang, "feedback.thanks"))
                .build();
    }

    /** Input the bot could not use: what was wrong and what to type instead. */
    public Reply clarify(String messageKey, List<String> args, Lang lang) {
        Reply.Builder reply = Reply.builder(Intent.CLARIFY, lang).title(texts.text(lang, "clarify.title"));
        reply.paragraph(texts.text(lang, messageKey, args.toArray()));
        reply.note(texts.text(lang, "clarify.hint"));
        reply.action(Action.of(texts.text(lang, "action.help"), texts.text(lang, "command.help")));
        reply.action(Action.of(texts.text(lang, "action.options"), texts.text(lang, "command.options")));
        return reply.build();
    }
}
