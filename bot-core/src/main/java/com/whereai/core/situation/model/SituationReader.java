package com.whereai.core.situation.model;

import com.whereai.core.situation.Signal;
import com.whereai.knowledge.Lang;
import java.util.Set;

/**
 * Reads a team's description into the closed set of {@link Signal}s, on top of the rules' reading
 * ({@code SignalDetector}); what it reads goes into {@code Situation.withModelSignals}. It never throws and never
 * waits past its deadline: nothing read, or a reader that is off or cannot be used right now, is an empty set.
 */
@FunctionalInterface
public interface SituationReader {

    /** Switched off: reads nothing, at once (no local model configured). */
    SituationReader NONE = (text, lang, userId) -> Set.of();

    /**
     * @param text   the description, as the user wrote it
     * @param lang   the language it is in
     * @param userId who wrote it, for the per-user limit; null (the command line) is never limited
     * @return the signals read, never null; empty when nothing was read or the reader is not available
     */
    Set<Signal> read(String text, Lang lang, String userId);
}
