package com.whereai.app.store;

import java.sql.SQLException;
import java.util.Arrays;
import org.slf4j.Logger;

/** The failure the stores report when the database cannot be read: which call and the SQLState, never user text. */
final class Sql {

    private Sql() {}

    /**
     * Logs a store call that failed and was answered without the database: {@code message}'s last {@code {}} is the
     * SQLState. A call skipped while the database is known not to answer is not logged (the breaker said so once).
     */
    static void warn(Logger log, SQLException e, String message, Object... args) {
        if (Database.quietly(e)) {
            return;
        }
        Object[] withState = Arrays.copyOf(args, args.length + 1);
        withState[args.length] = e.getSQLState();
        log.warn(message, withState);
    }

    /** A store call failed; the message says which and never carries user text. */
    static StoreException failed(String what, SQLException e) {
        return new StoreException(what + " failed: SQLState " + e.getSQLState());
    }

    /** A state store could not read or write the database. */
    static final class StoreException extends RuntimeException {
        StoreException(String message) {
            super(message);
        }
    }
}
