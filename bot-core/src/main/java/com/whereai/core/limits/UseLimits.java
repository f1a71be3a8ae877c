package com.whereai.core.limits;

import java.time.Clock;

/**
 * Where per-user limits are counted: in this process ({@link #inMemory}), or in a database that every replica shares,
 * so a user cannot get twice the limit by landing on two replicas.
 */
@FunctionalInterface
public interface UseLimits {

    /**
     * The limit called {@code name} ("model-answers", "situation-readings"): at most {@code perMinute} uses per user a
     * minute.
     */
    UseLimit perMinute(String name, int perMinute);

    /** Limits counted in this process only, each in its own sliding window. */
    static UseLimits inMemory(Clock clock) {
        return (name, perMinute) -> new PerUserWindow(perMinute, clock);
    }
}
