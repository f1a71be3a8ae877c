package com.whereai.core.observe;

import com.whereai.core.reply.Intent;
import java.time.Duration;

/**
 * Hears that the bot answered, for metrics: what kind of answer it was and how long it took, never what was asked or
 * answered (an {@link Intent} is one of a fixed set). Called on the answering thread: implementations are quick and
 * thread-safe. {@link com.whereai.core.WhereAiBot#observedBy} attaches one.
 */
public interface ReplyObserver {

    ReplyObserver NONE = new ReplyObserver() {
        @Override
        public void replied(Intent intent, Duration took) {}

        @Override
        public void failed(Duration took) {}
    };

    /** A reply of this intent was composed in {@code took} (a model-written one: until the model finished). */
    void replied(Intent intent, Duration took);

    /** Answering failed with an exception after {@code took}; the surface tells the user it went wrong. */
    void failed(Duration took);
}
