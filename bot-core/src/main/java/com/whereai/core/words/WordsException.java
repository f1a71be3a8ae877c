package com.whereai.core.words;

/** A vocabulary data file that cannot be used; the message names the file and the field. */
public final class WordsException extends RuntimeException {

    public WordsException(String message) {
        super(message);
    }

    public WordsException(String message, Throwable cause) {
        super(message, cause);
    }
}
