package com.whereai.core.situation.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.situation.Signal;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SignalReadingPromptTest {

    @Test
    void every_signal_but_the_figures_is_offered_with_a_meaning_of_its_own() {
        EnumSet<Signal> expected = EnumSet.complementOf(EnumSet.of(Signal.MODEL_SIZE, Signal.AVAILABLE_VRAM));

        assertThat(SignalReadingPrompt.MEANINGS.keySet()).containsExactlyElementsOf(expected);
        SignalReadingPrompt.MEANINGS.forEach((signal, meaning) -> assertThat(meaning)
                .as("write what %s means in SignalReadingPrompt", signal.id())
                .isNotEqualTo(signal.id().replace('-', ' ')));
    }
}
