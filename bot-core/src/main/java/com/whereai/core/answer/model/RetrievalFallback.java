package com.whereai.core.answer.model;

import com.whereai.core.answer.AnswerCounters;
import com.whereai.core.answer.AnswerPath;
import com.whereai.core.answer.ModelCallOutcome;
import com.whereai.core.answer.QuestionAnswerer;
import com.whereai.core.answer.QuestionRequest;
import com.whereai.core.answer.RetrievalAnswerer;
import com.whereai.core.compose.GuideTexts;
import com.whereai.core.reply.Reply;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * No question goes unanswered: when the model does not answer ({@link ModelUnavailableException}) the guide's
 * own entries go out with a one-line note saying why. A question the guide does not cover is answered from the
 * guide (which says so) before anything else, so it never reaches the model, nor spends a user's quota or a slot.
 * How each question meant for the model went, and how long it took, goes to {@link AnswerCounters#modelCall}.
 */
public final class RetrievalFallback implements QuestionAnswerer {

    private final QuestionAnswerer model;
    private final RetrievalAnswerer retrieval;
    private final GuideTexts texts;
    private final AnswerCounters counters;

    public RetrievalFallback(
            QuestionAnswerer model, RetrievalAnswerer retrieval, GuideTexts texts, AnswerCounters counters) {
        this.model = model;
        this.retrieval = retrieval;
        this.texts = texts;
        this.counters = counters;
    }

    @Override
    public boolean streams() {
        return model.streams();
    }

    @Override
    public Reply answer(QuestionRequest request, Consumer<String> partials) {
        if (retrieval.entriesFor(request.text()).isEmpty()) {
            return retrieval.answer(request, partials);
        }
        long start = System.nanoTime();
        try {
            Reply reply = model.answer(request, partials);
            counters.modelCall(ModelCallOutcome.ANSWERED, Duration.ofNanos(System.nanoTime() - start));
            return reply;
        } catch (ModelUnavailableException e) {
            counters.modelCall(outcome(e.reason()), Duration.ofNanos(System.nanoTime() - start));
            counters.answered(AnswerPath.FALLBACK);
            return retrieval.answer(
                    request.text(),
                    request.lang(),
                    List.of(texts.text(request.lang(), e.reason().noteKey())));
        }
    }

    private static ModelCallOutcome outcome(ModelUnavailableException.Reason reason) {
        return switch (reason) {
            case RATE_LIMITED -> ModelCallOutcome.RATE_LIMITED;
            case BUSY -> ModelCallOutcome.BUSY;
            case TIMED_OUT -> ModelCallOutcome.TIMED_OUT;
            case FAILED -> ModelCallOutcome.FAILED;
        };
    }
}
