package com.whereai.core.answer;

import com.whereai.core.compose.GuideTexts;
import com.whereai.core.reply.Action;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.KnowledgeEntry;
import com.whereai.knowledge.Lang;
import java.util.List;
import java.util.Locale;

/** Answers with the guide's own best-matching entries, quoted in the asker's language and cited. */
public final class RetrievalAnswerer implements QuestionAnswerer {

    private static final int ENTRIES = 3;
    /** Entries scoring below this share of the best one are left out as noise. */
    private static final double RELATIVE_CUTOFF = 0.35;

    private final GuideRetriever retriever;
    private final GuideTexts texts;

    public RetrievalAnswerer(GuideRetriever retriever, GuideTexts texts) {
        this.retriever = retriever;
        this.texts = texts;
    }

    @Override
    public Reply answer(String question, Lang lang) {
        List<ScoredEntry> found = retriever.search(question, ENTRIES);
        Reply.Builder reply = Reply.builder(Intent.QUESTION, lang);
        if (found.isEmpty() || !retriever.covers(question)) {
            reply.title(texts.text(lang, "question.not-covered-title"));
            reply.paragraph(texts.text(lang, "question.not-covered"));
            reply.bullets(List.of(texts.text(lang, "question.covers.1"), texts.text(lang, "question.covers.2"),
                    texts.text(lang, "question.covers.3"), texts.text(lang, "question.covers.4")));
            reply.action(Action.of(texts.text(lang, "action.help"), texts.text(lang, "command.help")));
            reply.action(Action.of(texts.text(lang, "action.options"), texts.text(lang, "command.options")));
            texts.cite(reply, "topic.summary-advice");
            return reply.build();
        }
        double best = found.get(0).score();
        List<KnowledgeEntry> entries = found.stream().filter(s -> s.score() >= best * RELATIVE_CUTOFF).map(ScoredEntry::entry).toList();
        KnowledgeEntry first = entries.get(0);
        reply.title(first.title().in(lang)).summary(first.title().in(lang) + ": " + first.body().in(lang));
        reply.note(texts.text(lang, "question.from-guide"));
        for (KnowledgeEntry entry : entries) {
            reply.heading(entry.title().in(lang)).paragraph(entry.body().in(lang));
            texts.cite(reply, entry.id());
            if (entry.optionId() != null) {
                reply.action(Action.of(texts.text(lang, "action.details", texts.label(entry.optionId(), lang)),
                        entry.optionId().guideNumber().toLowerCase(Locale.ROOT)));
            }
        }
        return reply.build();
    }
}
