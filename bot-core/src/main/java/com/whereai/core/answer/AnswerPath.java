package com.whereai.core.answer;

/** How a free-form question was answered. */
public enum AnswerPath {
    /** Written by the local model from the retrieved guide entries. */
    MODEL,
    /** The retrieved guide entries themselves (no model configured). */
    RETRIEVAL,
    /** The retrieved entries because the model failed, was too slow, busy or rate-limited. */
    FALLBACK
}
