package com.whereai.core.situation.model;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * At most so many calls at once, with no waiting: {@link #tryTake()} is empty when every slot is taken. The slot
 * is given back by whoever learns that the call really stopped, which may be after its caller gave up on it.
 */
final class CallSlots {

    /** One call's place; {@link #release()} gives it back once, however often it is called. */
    interface Slot {
        void release();
    }

    private final Semaphore slots;

    CallSlots(int max) {
        this.slots = new Semaphore(Math.max(1, max));
    }

    Optional<Slot> tryTake() {
        if (!slots.tryAcquire()) {
            return Optional.empty();
        }
        AtomicBoolean released = new AtomicBoolean();
        return Optional.of(() -> {
            if (released.compareAndSet(false, true)) {
                slots.release();
            }
        });
    }
}
