package com.whereai.core.answer;

import java.time.Duration;

/**
 * Hears how each question meant for the local model went and how long it took, never the question or the answer. Called
 * on the answering thread: implementations are quick and thread-safe. Register one with {@link AnswerCounters#listen}.
 */
@FunctionalInterface
public interface ModelCallListener {

    void modelCall(ModelCallOutcome outcome, Duration took);
}
