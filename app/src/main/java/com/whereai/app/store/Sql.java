package com.whereai.app.store;

import java.sql.SQLException;

/** What the stores share about SQL: the portable "already there" test, and the failure they report. */
final class Sql {

    /** SQLState of a unique or primary key violation, in both PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Sql() {}

    static boolean isDuplicateKey(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
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
