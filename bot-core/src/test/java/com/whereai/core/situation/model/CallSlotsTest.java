package com.whereai.core.situation.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallSlotsTest {

    @Test
    void a_slot_goes_back_once_however_often_it_is_released() {
        CallSlots slots = new CallSlots(1);
        CallSlots.Slot slot = slots.tryTake().orElseThrow();
        assertThat(slots.tryTake()).isEmpty();

        slot.release();
        slot.release();

        assertThat(slots.tryTake()).isPresent();
        assertThat(slots.tryTake())
                .as("a second release did not make a second slot")
                .isEmpty();
    }
}
