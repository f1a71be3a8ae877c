package com.whereai.slack.listen;

import java.time.Duration;

/**
 * Remembers event ids for a while, so an event Slack delivers again (X-Slack-Retry-Num) is answered once, whichever
 * replica the retry reaches when the ids are kept in a shared database. Implementations are thread-safe.
 */
public interface SeenEvents {

    /** How long an id is remembered: Slack retries within minutes. */
    Duration KEEP = Duration.ofMinutes(15);

    /** True the first time an id is offered (within {@link #KEEP}), false for every repeat; a null id is always new. */
    boolean firstTime(String eventId);
}
