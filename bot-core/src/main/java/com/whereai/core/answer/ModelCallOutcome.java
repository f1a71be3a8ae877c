package com.whereai.core.answer;

/** How asking the local model for one answer went. */
public enum ModelCallOutcome {
    /** The model wrote the answer. */
    ANSWERED,
    /** The model did not start, or went silent mid-answer, within the timeout. */
    TIMED_OUT,
    /** The model erred or wrote nothing usable. */
    FAILED,
    /** Not asked: every model slot was taken. */
    BUSY,
    /** Not asked: the user asked too many questions in the last minute. */
    RATE_LIMITED;

    /** Whether the model was not asked at all (the question was refused before it). */
    public boolean refused() {
        return this == BUSY || this == RATE_LIMITED;
    }
}
