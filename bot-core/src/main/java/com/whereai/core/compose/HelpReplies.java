package com.whereai.core.compose;

import com.whereai.core.reply.Action;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.Lang;
import java.util.ArrayList;
import java.util.List;

/** What where-ai is and what to type. */
public final class HelpReplies {

    private static final int EXAMPLES = 10;
    private final GuideTexts texts;

    public HelpReplies(GuideTexts texts) {
        this.texts = texts;
    }

    public Reply help(Lang lang) {
        Reply.Builder reply = Reply.builder(Intent.HELP, lang).title(texts.text(lang, "help.title"));
        reply.paragraph(texts.text(lang, "help.intro", Guide.TITLE));
        List<String> examples = new ArrayList<>();
        for (int i = 1; i <= EXAMPLES; i++) {
            examples.add(texts.text(lang, "help.example." + i));
        }
        reply.heading(texts.text(lang, "help.examples")).bullets(examples);
        reply.note(texts.text(lang, "help.footer"));
        reply.action(Action.primary(texts.text(lang, "action.recommend"), texts.text(lang, "help.recommend-command")));
        reply.action(Action.of(texts.text(lang, "action.options"), texts.text(lang, "command.options")));
        reply.action(Action.of(texts.text(lang, "action.compare-all"), texts.text(lang, "command.compare")));
        texts.cite(reply, "topic.summary-advice");
        return reply.build();
    }
}
