package com.whereai.core.answer;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Counts answers by path and the thumbs up/down they got. Questions and answers themselves are never kept. */
public final class AnswerCounters {

    private final Map<AnswerPath, AtomicLong> answers = new EnumMap<>(AnswerPath.class);
    private final AtomicLong thumbsUp = new AtomicLong();
    private final AtomicLong thumbsDown = new AtomicLong();

    public AnswerCounters() {
        for (AnswerPath path : AnswerPath.values()) {
            answers.put(path, new AtomicLong());
        }
    }

    public void answered(AnswerPath path) {
        answers.get(path).incrementAndGet();
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
