package com.whereai.knowledge;

/** The guide's data files could not be read or are not valid; the message names the file and the field. */
public final class KnowledgeException extends RuntimeException {

    public KnowledgeException(String message) {
        super(message);
    }

    public KnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
