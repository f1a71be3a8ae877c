package com.whereai.core.answer.model;

import com.whereai.core.answer.QuestionAnswerer;
import com.whereai.core.answer.QuestionRequest;
import com.whereai.core.answer.model.ModelUnavailableException.Reason;
import com.whereai.core.reply.Reply;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * At most so many model calls at once; with every slot taken a question is refused at once with
 * {@link Reason#BUSY} instead of waiting. A call given up at a deadline keeps its slot until the model really
 * stops (its own HTTP timeout ends it), as the wrapped answerer reports, so abandoned generations cannot pile
 * up on the model server.
 */
public final class ConcurrencyBound implements QuestionAnswerer {

    private final CallTrackingAnswerer inner;
    private final Semaphore slots;

    public ConcurrencyBound(CallTrackingAnswerer inner, int maxConcurrency) {
        this.inner = inner;
        this.slots = new Semaphore(Math.max(1, maxConcurrency));
    }

    @Override
    public boolean streams() {
        return inner.streams();
    }

    /** @throws ModelUnavailableException BUSY with no free slot, or whatever the wrapped answerer throws */
    @Override
    public Reply answer(QuestionRequest request, Consumer<String> partials) {
        if (!slots.tryAcquire()) {
            throw new ModelUnavailableException(Reason.BUSY);
        }
        Slot slot = new Slot(slots);
        try {
            return inner.answer(request, partials, slot);
        } finally {
            slot.releaseUnlessRunning();
        }
    }

    /** One model call's place under the limit, given back once both the answer and the call are done with it. */
    private static final class Slot implements CallTrackingAnswerer.CallListener {
        private final Semaphore slots;
        private boolean started;
        private boolean ended;
        private boolean abandoned;
        private boolean released;

        Slot(Semaphore slots) {
            this.slots = slots;
        }

        @Override
        public synchronized void callStarted() {
            started = true;
        }

        @Override
        public synchronized void callEnded() {
            ended = true;
            if (started && abandoned) {
                release();
            }
        }

        /** The answer is done with this call: give the place back now, or when the call ends. */
        synchronized void releaseUnlessRunning() {
            if (!started || ended) {
                release();
            } else {
                abandoned = true;
            }
        }

        private void release() {
            if (!released) {
                released = true;
                slots.release();
            }
        }
    }
}
