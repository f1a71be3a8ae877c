package com.whereai.core.compose;

import com.whereai.core.reply.Action;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;

/** Replies about the conversation itself: starting over. */
public final class ConversationReplies {

    private final GuideTexts texts;

    public ConversationReplies(GuideTexts texts) {
        this.texts = texts;
    }

    public Reply startOver(Lang lang) {
        Reply.Builder reply = Reply.builder(Intent.START_OVER, lang).title(texts.text(lang, "start-over.title"));
        reply.paragraph(texts.text(lang, "start-over.text"));
        reply.action(new Action.OpenForm(texts.text(lang, "questionnaire.open"), texts.text(lang, "command.questionnaire"), true));
        reply.action(Action.of(texts.text(lang, "action.help"), texts.text(lang, "command.help")));
        texts.cite(reply, "topic.summary-advice");
        return reply.build();
    }
}
