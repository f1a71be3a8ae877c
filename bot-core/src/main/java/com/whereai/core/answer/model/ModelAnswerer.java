package com.whereai.core.answer.model;

import com.whereai.core.answer.AnswerCounters;
import com.whereai.core.answer.AnswerPath;
import com.whereai.core.answer.QuestionAnswerer;
import com.whereai.core.answer.QuestionRequest;
import com.whereai.core.answer.RetrievalAnswerer;
import com.whereai.core.compose.GuideTexts;
import com.whereai.core.reply.Action;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.KnowledgeEntry;
import com.whereai.knowledge.Lang;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Free-form answers written by a local model (Ollama through langchain4j), grounded in the retrieved guide
 * entries. No question goes unanswered: a model that is down, errs, answers garbage, does not start within
 * the timeout or goes silent mid-answer is abandoned and the retrieval answer goes out with a short note;
 * so do questions past the concurrency limit or a user's rate limit. Questions and answers are not logged.
 */
public final class ModelAnswerer implements QuestionAnswerer {

    private static final Logger LOG = LoggerFactory.getLogger(ModelAnswerer.class);
    private static final long MINUTE_MILLIS = 60_000;
    private static final int MAX_TRACKED_USERS = 10_000;

    private final StreamingChatModel model;
    private final ModelSettings settings;
    private final RetrievalAnswerer retrieval;
    private final GuideTexts texts;
    private final AnswerCounters counters;
    private final Clock clock;
    private final Semaphore slots;
    private final AnswerGuard guard = new AnswerGuard();
    private final Map<String, Deque<Long>> recentByUser = new ConcurrentHashMap<>();

    public ModelAnswerer(StreamingChatModel model, ModelSettings settings, RetrievalAnswerer retrieval, GuideTexts texts,
            AnswerCounters counters, Clock clock) {
        this.model = model;
        this.settings = settings;
        this.retrieval = retrieval;
        this.texts = texts;
        this.counters = counters;
        this.clock = clock;
        this.slots = new Semaphore(Math.max(1, settings.maxConcurrency()));
    }

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public Reply answer(QuestionRequest request, Consumer<String> partials) {
        Lang lang = request.lang();
        List<KnowledgeEntry> entries = retrieval.entriesFor(request.text());
        if (entries.isEmpty()) {
            counters.answered(AnswerPath.RETRIEVAL);
            return retrieval.answer(request.text(), lang, List.of());
        }
        if (!allowedFor(request.userId())) {
            return fallback(request, "model.rate-limited");
        }
        if (!slots.tryAcquire()) {
            return fallback(request, "model.busy");
        }
        Slot slot = new Slot(slots);
        try {
            Outcome outcome = stream(request, entries, partials, slot);
            if (outcome.answer() == null) {
                return fallback(request, outcome.timedOut() ? "model.timeout" : "model.failed");
            }
            String answer = outcome.answer();
            AnswerGuard.Guarded guarded = guard.guard(answer, entries);
            if (guarded.text().isBlank()) {
                return fallback(request, "model.failed");
            }
            counters.answered(AnswerPath.MODEL);
            return reply(request, entries, guarded);
        } finally {
            slot.releaseUnlessRunning();
        }
    }

    /** The model's whole answer, or none: because it missed a deadline, or because it failed. */
    private record Outcome(String answer, boolean timedOut) {
        static final Outcome FAILED = new Outcome(null, false);
        static final Outcome TIMED_OUT = new Outcome(null, true);
    }

    private Outcome stream(QuestionRequest request, List<KnowledgeEntry> entries, Consumer<String> partials, Slot slot) {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        try {
            model.chat(GroundedPrompt.messages(request.text(), request.lang(), entries), new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String token) {
                    events.add(new Event(token, null, false));
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    slot.callEnded();
                    String text = response.aiMessage() == null ? null : response.aiMessage().text();
                    events.add(new Event(null, text, true));
                }

                @Override
                public void onError(Throwable error) {
                    slot.callEnded();
                    events.add(new Event(null, null, true));
                    LOG.warn("local model failed: {}", error.toString());
                }
            });
            slot.callStarted();
        } catch (RuntimeException e) {
            LOG.warn("local model could not be called: {}", e.toString());
            return Outcome.FAILED;
        }
        StringBuilder text = new StringBuilder();
        long timeoutMillis = settings.timeout().toMillis();
        while (true) {
            Event event;
            try {
                event = events.poll(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.FAILED;
            }
            if (event == null) {
                LOG.warn("local model {} after {} ms: answering from the guide instead", text.length() == 0 ? "did not start" : "stalled",
                        timeoutMillis);
                return Outcome.TIMED_OUT;
            }
            if (event.done()) {
                if (event.whole() != null && !event.whole().isBlank()) {
                    return new Outcome(event.whole(), false);
                }
                return text.length() > 0 && event.whole() != null ? new Outcome(text.toString(), false) : Outcome.FAILED;
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
        Reply.Builder reply = Reply.builder(Intent.QUESTION, lang).title(texts.text(lang, "model.title"))
                .summary(guarded.text());
        reply.paragraph(guarded.text());
        if (guarded.removedSentences() > 0) {
            reply.note(texts.text(lang, "model.removed-figures", guarded.removedSentences()));
        }
        reply.note(texts.text(lang, "model.written-by", settings.modelName()));
        List<String> sources = guarded.cited().isEmpty() ? entries.stream().map(KnowledgeEntry::id).toList() : guarded.cited();
        sources.forEach(id -> texts.cite(reply, id));
        reply.action(Action.of(texts.text(lang, "action.feedback-up"), texts.text(lang, "command.feedback") + " up"));
        reply.action(Action.of(texts.text(lang, "action.feedback-down"), texts.text(lang, "command.feedback") + " down"));
        return reply.build();
    }

    private Reply fallback(QuestionRequest request, String why) {
        counters.answered(AnswerPath.FALLBACK);
        return retrieval.answer(request.text(), request.lang(), List.of(texts.text(request.lang(), why)));
    }

    private boolean allowedFor(String userId) {
        if (userId == null) {
            return true;
        }
        long now = clock.millis();
        Deque<Long> recent = recentByUser.computeIfAbsent(userId, id -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && now - recent.peekFirst() > MINUTE_MILLIS) {
                recent.pollFirst();
            }
            if (recent.size() >= settings.perUserPerMinute()) {
                return false;
            }
            recent.addLast(now);
        }
        if (recentByUser.size() > MAX_TRACKED_USERS) {
            recentByUser.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || now - times.peekLast() > MINUTE_MILLIS;
                }
            });
        }
        return true;
    }

    private record Event(String token, String whole, boolean done) {
    }

    /**
     * One model call's place under the concurrency limit. An abandoned call (deadline missed) keeps its place
     * until the model really stops — its own HTTP timeout ends it — so abandoned generations cannot pile up
     * on the Ollama server.
     */
    private static final class Slot {
        private final Semaphore slots;
        private boolean started;
        private boolean ended;
        private boolean released;

        Slot(Semaphore slots) {
            this.slots = slots;
        }

        synchronized void callStarted() {
            started = true;
        }

        synchronized void callEnded() {
            ended = true;
            if (started && !released && abandoned) {
                release();
            }
        }

        private boolean abandoned;

        /** The answer is done with this call: give the place back now, or when the call ends. */
        synchronized void releaseUnlessRunning() {
            if (!started || ended) {
                release();
            } else {
                abandoned = true;
            }
        }

        private void release() {
            if (!released) {
                released = true;
                slots.release();
            }
        }
    }
}
