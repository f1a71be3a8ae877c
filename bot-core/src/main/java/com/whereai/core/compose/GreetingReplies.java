package com.whereai.core.compose;

import com.whereai.core.reply.Action;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.text.Stars;
import com.whereai.knowledge.CriterionId;
import com.whereai.knowledge.DeploymentOption;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The pages a surface shows unasked: Slack's Home tab and the Teams welcome when where-ai joins a chat. */
public final class GreetingReplies {

    /** The stars a Home tab shows per option: what teams weigh first. */
    private static final List<CriterionId> AT_A_GLANCE =
            List.of(CriterionId.PRIVACY, CriterionId.START_COST, CriterionId.QUALITY);

    /** Slack's command, which the Home tab's examples start with. */
    public static final String SLASH_COMMAND = "/where-ai";

    private final GuideTexts texts;
    private final HelpExamples examples;

    public GreetingReplies(GuideTexts texts) {
        this.texts = texts;
        this.examples = new HelpExamples(texts);
    }

    /** Slack's Home tab: what where-ai does, the questionnaire, the six options with key stars, examples. */
    public Reply home(Lang lang) {
        Reply.Builder reply = Reply.builder(Intent.HOME, lang).title(texts.text(lang, "help.title"));
        reply.paragraph(texts.text(lang, "help.intro", Guide.TITLE));
        reply.divider();
        reply.heading(texts.text(lang, "options.title"));
        List<CardElement.Item> items = new ArrayList<>();
        for (DeploymentOption option : texts.guide().options()) {
            List<String> stars = new ArrayList<>();
            for (CriterionId c : AT_A_GLANCE) {
                stars.add(texts.guide().criterion(c).name().in(lang) + " " + Stars.of(option.stars(c)));
            }
            items.add(new CardElement.Item(
                    texts.fullName(option.optionId(), lang),
                    "",
                    List.of(option.summary().in(lang), String.join(" · ", stars)),
                    Action.of(
                            texts.text(lang, "greeting.details"),
                            option.optionId().guideNumber().toLowerCase(Locale.ROOT))));
        }
        reply.add(new CardElement.ItemList(items));
        reply.divider();
        reply.heading(texts.text(lang, "help.examples"))
                .bullets(examples.all(lang).stream()
                        .map(e -> SLASH_COMMAND + " " + e)
                        .toList());
        reply.note(texts.text(lang, "help.footer"));
        reply.action(new Action.OpenForm(
                texts.text(lang, "questionnaire.open"), texts.text(lang, "command.questionnaire"), true));
        reply.action(Action.of(texts.text(lang, "action.compare-all"), texts.text(lang, "command.compare")));
        return reply.build();
    }

    /** The greeting when where-ai is added to a chat or team. */
    public Reply welcome(Lang lang) {
        Reply.Builder reply = Reply.builder(Intent.WELCOME, lang).title(texts.text(lang, "help.title"));
        reply.paragraph(texts.text(lang, "help.intro", Guide.TITLE));
        reply.heading(texts.text(lang, "help.examples")).bullets(examples.forGreeting(lang));
        reply.note(texts.text(lang, "help.footer"));
        reply.action(new Action.OpenForm(
                texts.text(lang, "questionnaire.open"), texts.text(lang, "command.questionnaire"), true));
        reply.action(Action.of(texts.text(lang, "action.options"), texts.text(lang, "command.options")));
        reply.action(Action.of(texts.text(lang, "action.compare-all"), texts.text(lang, "command.compare")));
        reply.action(Action.of(texts.text(lang, "action.help"), texts.text(lang, "command.help")));
        return reply.build();
    }
}
