package com.whereai.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.knowledge.Lang;
import org.junit.jupiter.api.Test;

class ButtonValueTest {

    @Test
    void a_value_round_trips_command_and_language() {
        ButtonValue value = ButtonValue.decode(
                        ButtonValue.of("compare 1 2a", Lang.EN).encode())
                .orElseThrow();

        assertThat(value.command()).isEqualTo("compare 1 2a");
        assertThat(value.lang()).isEqualTo(Lang.EN);
    }

    @Test
    void a_long_command_is_shortened_until_the_encoded_value_fits_slacks_limit() {
        for (String command :
                new String[] {"\"x\" ".repeat(480), "\"".repeat(1990), "å".repeat(3000), "🙂".repeat(1500)}) {
            String encoded = ButtonValue.of(command, Lang.SV).encode();

            assertThat(encoded.length()).isLessThanOrEqualTo(SlackLimits.BUTTON_VALUE);
            assertThat(ButtonValue.decode(encoded)).isPresent();
        }
    }

    @Test
    void anything_else_is_not_ours() {
        assertThat(ButtonValue.decode("not json")).isEmpty();
        assertThat(ButtonValue.decode("{\"x\":1}")).isEmpty();
        assertThat(ButtonValue.decode(null)).isEmpty();
    }
}
