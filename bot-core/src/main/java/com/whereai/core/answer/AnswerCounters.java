package com.whereai.core.answer;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts answers by path and the thumbs up/down they got, and tells its {@link ModelCallListener}s how each question
 * meant for the local model went. Questions and answers themselves are never kept.
 */
public final class AnswerCounters {

    private final Map<AnswerPath, AtomicLong> answers = new EnumMap<>(AnswerPath.class);
    private final AtomicLong thumbsUp = new AtomicLong();
    private final AtomicLong thumbsDown = new AtomicLong();
    private final List<ModelCallListener> modelCallListeners = new CopyOnWriteArrayList<>();

    public AnswerCounters() {
        for (AnswerPath path : AnswerPath.values()) {
            answers.put(path, new AtomicLong());
        }
    }

    public void answered(AnswerPath path) {
        answers.get(path).incrementAndGet();
    }

    /** Hears every model call from now on (metrics). */
    public void listen(ModelCallListener listener) {
        modelCallListeners.add(listener);
    }

    /** A question meant for the local model went this way, after {@code took}. */
    public void modelCall(ModelCallOutcome outcome, Duration took) {
        for (ModelCallListener listener : modelCallListeners) {
            listener.modelCall(outcome, took);
        }
    }

    public void feedback(boolean up) {
        (up ? thumbsUp : thumbsDown).incrementAndGet();
    }

    public long answers(AnswerPath path) {
        return answers.get(path).get();
    }

    public long thumbsUp() {
        return thumbsUp.get();
    }

    public long thumbsDown() {
        return thumbsDown.get();
    }
}
