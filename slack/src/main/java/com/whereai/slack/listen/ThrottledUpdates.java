package com.whereai.slack.listen;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * Passes a growing text on to Slack at most about once a second (chat.update is rate-limited); the text in
 * between is dropped, the final version is sent by the caller. A failed update (Slack rate-limits
 * chat.update) is skipped, never the answer.
 */
final class ThrottledUpdates implements Consumer<String> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ThrottledUpdates.class);

    static final long INTERVAL_MILLIS = 1_000;

    private final Consumer<String> update;
    private final Clock clock;
    private long last;

    ThrottledUpdates(Consumer<String> update, Clock clock) {
        this.update = update;
        this.clock = clock;
        this.last = clock.millis();
    }

    @Override
    public void accept(String textSoFar) {
        long now = clock.millis();
        if (now - last >= INTERVAL_MILLIS) {
            last = now;
            try {
                update.accept(textSoFar);
            } catch (RuntimeException e) {
                LOG.info("a live update was skipped: {}", e.getMessage());
            }
        }
    }
}
