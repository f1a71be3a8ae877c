package com.whereai.app.store;

import java.sql.SQLException;

/** The failure the stores report when the database cannot be read: which call and the SQLState, never user text. */
final class Sql {

    private Sql() {}

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
