package com.whereai.core.answer.model;

/**
 * The model does not answer this question: it was not asked (rate limit, no free slot) or it did not deliver
 * (deadline missed, error, nothing usable). {@link RetrievalFallback} turns it into the guide's own answer
 * with the reason's one-line note.
 */
public final class ModelUnavailableException extends RuntimeException {

    /** Why, with the key of the note that tells the asker. */
    public enum Reason {
        RATE_LIMITED("model.rate-limited"),
        BUSY("model.busy"),
        TIMED_OUT("model.timeout"),
        FAILED("model.failed");

        private final String noteKey;

        Reason(String noteKey) {
            this.noteKey = noteKey;
        }

        public String noteKey() {
            return noteKey;
        }
    }

    private final Reason reason;

    public ModelUnavailableException(Reason reason) {
        // An expected outcome, not a bug: no stack trace to fill in.
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
