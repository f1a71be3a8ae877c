package com.whereai.core.recommend;

import com.whereai.knowledge.LocalizedText;

/**
 * One reason in a recommendation, tied to the guide entry it comes from.
 *
 * @param source the knowledge entry id the reason is taken from
 */
public record Reason(Kind kind, LocalizedText text, String source) {

    public enum Kind {
        /** An advantage the guide lists that matters for this team. */
        PRO,
        /** A drawback the guide lists that matters for this team. */
        CON,
        /** A star rating on a criterion the team weighs heavily. */
        STARS,
        /** Why the option is ruled out. */
        EXCLUSION
    }
}
