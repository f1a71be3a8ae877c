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
    private final AnswerCounters counters;

    public RetrievalAnswerer(GuideRetriever retriever, GuideTexts texts, AnswerCounters counters) {
        this.retriever = retriever;
        this.texts = texts;
        this.counters = counters;
    }

    @Override
    public Reply answer(QuestionRequest request, java.util.function.Consumer<String> partials) {
        counters.answered(AnswerPath.RETRIEVAL);
        return answer(request.text(), request.lang(), List.of());
    }

    /** The entries that best answer the question (the model's grounding), or empty when the guide does not cover it. */
    public List<KnowledgeEntry> entriesFor(String question) {
        List<ScoredEntry> found = retriever.search(question, ENTRIES);
        if (found.isEmpty() || !retriever.covers(question)) {
            return List.of();
        }
        double best = found.get(0).score();
        return found.stream()
                .filter(s -> s.score() >= best * RELATIVE_CUTOFF)
                .map(ScoredEntry::entry)
                .toList();
    }

    /** The retrieval answer, with notes (why the model did not write it) shown first. */
    public Reply answer(String question, Lang lang, List<String> notes) {
        List<ScoredEntry> found = retriever.search(question, ENTRIES);
        Reply.Builder reply = Reply.builder(Intent.QUESTION, lang);
        notes.forEach(reply::note);
        if (found.isEmpty() || !retriever.covers(question)) {
            reply.title(texts.text(lang, "question.not-covered-title"));
            reply.paragraph(texts.text(lang, "question.not-covered"));
            reply.bullets(List.of(
                    texts.text(lang, "question.covers.1"),
                    texts.text(lang, "question.covers.2"),
                    texts.text(lang, "question.covers.3"),
                    texts.text(lang, "question.covers.4")));
            reply.action(Action.of(texts.text(lang, "action.help"), texts.text(lang, "command.help")));
            reply.action(Action.of(texts.text(lang, "action.options"), texts.text(lang, "command.options")));
            texts.cite(reply, "topic.summary-advice");
            return reply.build();
        }
        double best = found.get(0).score();
        List<KnowledgeEntry> entries = found.stream()
                .filter(s -> s.score() >= best * RELATIVE_CUTOFF)
                .map(ScoredEntry::entry)
                .toList();
        KnowledgeEntry first = entries.get(0);
        reply.title(first.title().in(lang))
                .summary(first.title().in(lang) + ": " + first.body().in(lang));
        reply.note(texts.text(lang, "question.from-guide"));
        for (KnowledgeEntry entry : entries) {
            reply.heading(entry.title().in(lang)).paragraph(entry.body().in(lang));
            texts.cite(reply, entry.id());
            if (entry.optionId() != null) {
                reply.action(Action.of(
                        texts.text(lang, "action.details", texts.label(entry.optionId(), lang)),
                        entry.optionId().guideNumber().toLowerCase(Locale.ROOT)));
            }
        }
        return reply.build();
    }
}
