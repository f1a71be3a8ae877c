package com.whereai.core.compose;

import com.whereai.core.reply.Action;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.Lang;

/** What where-ai is and what to type. */
public final class HelpReplies {

    private final GuideTexts texts;
    private final HelpExamples examples;

    public HelpReplies(GuideTexts texts) {
        this.texts = texts;
        this.examples = new HelpExamples(texts);
    }

    public Reply help(Lang lang) {
        Reply.Builder reply = Reply.builder(Intent.HELP, lang).title(texts.text(lang, "help.title"));
        reply.paragraph(texts.text(lang, "help.intro", Guide.TITLE));
        reply.heading(texts.text(lang, "help.examples")).bullets(examples.all(lang));
        reply.note(texts.text(lang, "help.footer"));
        reply.action(new Action.OpenForm(
                texts.text(lang, "action.recommend"), texts.text(lang, "command.questionnaire"), true));
        reply.action(Action.of(texts.text(lang, "action.options"), texts.text(lang, "command.options")));
        reply.action(Action.of(texts.text(lang, "action.compare-all"), texts.text(lang, "command.compare")));
        texts.cite(reply, "topic.summary-advice");
        return reply.build();
    }
}
