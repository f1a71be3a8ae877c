package com.whereai.core.limits;

/** At most so many uses per user in a minute. Implementations are thread-safe; a refused use is not counted. */
public interface UseLimit {

    /** Counts one use for {@code userId} and says whether it is allowed; no known user (null) is never limited. */
    boolean tryUse(String userId);
}
