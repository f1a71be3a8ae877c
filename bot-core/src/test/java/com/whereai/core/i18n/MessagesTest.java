package com.whereai.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.whereai.core.situation.Signal;
import com.whereai.knowledge.Lang;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = Messages.get();

    @Test
    void swedish_and_english_have_the_same_keys() {
        assertThat(messages.keys(Lang.SV)).containsExactlyInAnyOrderElementsOf(messages.keys(Lang.EN));
    }

    @Test
    void every_signal_has_a_label_in_both_languages() {
        for (Signal signal : Signal.values()) {
            for (Lang lang : Lang.values()) {
                assertThat(messages.has(lang, "signal." + signal.id()))
                        .as("%s %s", lang, signal)
                        .isTrue();
            }
        }
    }

    @Test
    void placeholders_match_between_the_languages() {
        for (String key : messages.keys(Lang.SV)) {
            String sv = messages.text(Lang.SV, key).replaceAll("[^%]|%%", "");
            String en = messages.text(Lang.EN, key).replaceAll("[^%]|%%", "");
            assertThat(sv.length()).as(key).isEqualTo(en.length());
        }
    }

    @Test
    void an_unknown_key_is_a_programming_error_named_clearly() {
        assertThatThrownBy(() -> messages.text(Lang.EN, "no.such.key")).hasMessageContaining("no.such.key");
    }
}
