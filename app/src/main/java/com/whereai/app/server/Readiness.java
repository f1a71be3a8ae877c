package com.whereai.app.server;

/** Whether the server takes traffic: not while it starts, then yes, and no again once it is told to stop. */
public final class Readiness {

    /** Where the server is in its life. */
    public enum State {
        STARTING,
        READY,
        DRAINING;

        /** The {@code status} that {@code GET /health/ready} shows. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private volatile State state = State.STARTING;

    public State state() {
        return state;
    }

    public boolean ready() {
        return state == State.READY;
    }

    /** Started: take traffic (unless already draining). */
    synchronized void started() {
        if (state == State.STARTING) {
            state = State.READY;
        }
    }

    /** Told to stop: take no new traffic, for good. */
    synchronized void draining() {
        state = State.DRAINING;
    }
}
