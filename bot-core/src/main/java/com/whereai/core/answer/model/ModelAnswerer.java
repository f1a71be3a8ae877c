package com.whereai.core.answer.model;

import com.whereai.core.answer.AnswerCounters;
import com.whereai.core.answer.AnswerPath;
import com.whereai.core.answer.QuestionRequest;
import com.whereai.core.answer.RetrievalAnswerer;
import com.whereai.core.answer.model.ModelUnavailableException.Reason;
import com.whereai.core.compose.GuideTexts;
import com.whereai.core.reply.Action;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.KnowledgeEntry;
import com.whereai.knowledge.Lang;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Free-form answers written by a model (any langchain4j {@link StreamingChatModel}), grounded in the retrieved
 * guide entries: streams the tokens into the partials, checks the answer with the {@link AnswerGuard} and builds
 * the reply. A model that errs, answers nothing usable, does not start within the timeout or goes silent
 * mid-answer is abandoned with a {@link ModelUnavailableException}. Questions and answers are not logged.
 */
public final class ModelAnswerer implements CallTrackingAnswerer {

    private static final Logger LOG = LoggerFactory.getLogger(ModelAnswerer.class);

    private final StreamingChatModel model;
    private final ModelSettings settings;
    private final RetrievalAnswerer retrieval;
    private final GuideTexts texts;
    private final AnswerCounters counters;
    private final AnswerGuard guard = new AnswerGuard();

    public ModelAnswerer(
            StreamingChatModel model,
            ModelSettings settings,
            RetrievalAnswerer retrieval,
            GuideTexts texts,
            AnswerCounters counters) {
        this.model = model;
        this.settings = settings;
        this.retrieval = retrieval;
        this.texts = texts;
        this.counters = counters;
    }

    @Override
    public boolean streams() {
        return true;
    }

    /** @throws ModelUnavailableException when the model gives no usable answer (TIMED_OUT or FAILED) */
    @Override
    public Reply answer(QuestionRequest request, Consumer<String> partials, CallListener call) {
        List<KnowledgeEntry> entries = retrieval.entriesFor(request.text());
        if (entries.isEmpty()) {
            // Nothing to ground an answer in; RetrievalFallback keeps such questions from getting here.
            throw new ModelUnavailableException(Reason.FAILED);
        }
        String answer = stream(request, entries, partials, call);
        AnswerGuard.Guarded guarded = guard.guard(answer, entries);
        if (guarded.text().isBlank()) {
            throw new ModelUnavailableException(Reason.FAILED);
        }
        counters.answered(AnswerPath.MODEL);
        return reply(request, entries, guarded);
    }

    /** The model's whole answer, streamed into {@code partials} as it grows. */
    private String stream(
            QuestionRequest request, List<KnowledgeEntry> entries, Consumer<String> partials, CallListener call) {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        try {
            model.chat(
                    GroundedPrompt.messages(request.text(), request.lang(), entries),
                    new StreamingChatResponseHandler() {
                        @Override
                        public void onPartialResponse(String token) {
                            events.add(new Event(token, null, false));
                        }

                        @Override
                        public void onCompleteResponse(ChatResponse response) {
                            call.callEnded();
                            String text = response.aiMessage() == null
                                    ? null
                                    : response.aiMessage().text();
                            events.add(new Event(null, text, true));
                        }

                        @Override
                        public void onError(Throwable error) {
                            call.callEnded();
                            events.add(new Event(null, null, true));
                            LOG.warn("local model failed: {}", error.toString());
                        }
                    });
            call.callStarted();
        } catch (RuntimeException e) {
            LOG.warn("local model could not be called: {}", e.toString());
            throw new ModelUnavailableException(Reason.FAILED);
        }
        StringBuilder text = new StringBuilder();
        long timeoutMillis = settings.timeout().toMillis();
        while (true) {
            Event event;
            try {
                event = events.poll(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelUnavailableException(Reason.FAILED);
            }
            if (event == null) {
                LOG.warn(
                        "local model {} after {} ms: answering from the guide instead",
                        text.length() == 0 ? "did not start" : "stalled",
                        timeoutMillis);
                throw new ModelUnavailableException(Reason.TIMED_OUT);
            }
            if (event.done()) {
                if (event.whole() != null && !event.whole().isBlank()) {
                    return event.whole();
                }
                if (text.length() > 0 && event.whole() != null) {
                    return text.toString();
                }
                throw new ModelUnavailableException(Reason.FAILED);
            }
            text.append(event.token());
            try {
                partials.accept(text.toString());
            } catch (RuntimeException e) {
                LOG.info("showing a partial answer failed: {}", e.toString());
            }
        }
    }

    private Reply reply(QuestionRequest request, List<KnowledgeEntry> entries, AnswerGuard.Guarded guarded) {
        Lang lang = request.lang();
        Reply.Builder reply = Reply.builder(Intent.QUESTION, lang)
                .title(texts.text(lang, "model.title"))
                .summary(guarded.text());
        reply.paragraph(guarded.text());
        if (guarded.removedSentences() > 0) {
            reply.note(texts.text(lang, "model.removed-figures", guarded.removedSentences()));
        }
        reply.note(texts.text(lang, "model.written-by", settings.modelName()));
        List<String> sources = guarded.cited().isEmpty()
                ? entries.stream().map(KnowledgeEntry::id).toList()
                : guarded.cited();
        sources.forEach(id -> texts.cite(reply, id));
        reply.action(new Action.Feedback(
                texts.text(lang, "action.feedback-up"),
                texts.text(lang, "command.feedback") + " up " + Intent.QUESTION.id(),
                true));
        reply.action(new Action.Feedback(
                texts.text(lang, "action.feedback-down"),
                texts.text(lang, "command.feedback") + " down " + Intent.QUESTION.id(),
                false));
        return reply.build();
    }

    private record Event(String token, String whole, boolean done) {}
}
