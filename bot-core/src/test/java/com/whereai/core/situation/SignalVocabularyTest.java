package com.whereai.core.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.whereai.core.words.WordsException;
import org.junit.jupiter.api.Test;

/** The signal phrases are data: the bundled file loads, and a broken file says which field is wrong. */
class SignalVocabularyTest {

    @Test
    void the_bundled_vocabulary_has_words_or_patterns_for_every_signal_read_from_text() {
        SignalVocabulary vocabulary = SignalVocabulary.bundled();

        assertThat(vocabulary.entries())
                .extracting(SignalVocabulary.Entry::signal)
                .containsAll(
                        java.util.EnumSet.complementOf(java.util.EnumSet.of(Signal.MODEL_SIZE, Signal.AVAILABLE_VRAM)));
        assertThat(vocabulary.denials()).isNotEmpty();
        assertThat(vocabulary.weakDenials()).isNotEmpty();
    }

    @Test
    void an_unknown_signal_is_refused_with_its_field() {
        assertThatThrownBy(() -> SignalVocabulary.parse(
                        "signals:\n  sensitive-dta:\n    words: {sv: [känslig], en: [sensitive]}\n"))
                .isInstanceOf(WordsException.class)
                .hasMessage("signals.yaml: signals.sensitive-dta: unknown signal \"sensitive-dta\"");
    }

    @Test
    void a_pattern_that_does_not_compile_is_refused_with_its_index() {
        assertThatThrownBy(() -> SignalVocabulary.parse(
                        "signals:\n  offline:\n    patterns: {sv: [offline], en: ['offline', '(no internet']}\n"))
                .hasMessageStartingWith("signals.yaml: signals.offline.patterns.en[1]: not a valid pattern:");
    }

    @Test
    void words_must_be_lower_case_with_a_star_only_at_the_end() {
        assertThatThrownBy(() ->
                        SignalVocabulary.parse("signals:\n  offline:\n    words: {sv: [Offline], en: [offline]}\n"))
                .hasMessage(
                        "signals.yaml: signals.offline.words.sv[0]: \"Offline\" must be lower case without outer spaces");
        assertThatThrownBy(() ->
                        SignalVocabulary.parse("signals:\n  offline:\n    words: {sv: ['off*line'], en: [offline]}\n"))
                .hasMessage("signals.yaml: signals.offline.words.sv[0]: \"off*line\" may have * only at the end");
    }

    @Test
    void figures_are_not_read_from_phrases_and_an_entry_needs_something_to_read() {
        assertThatThrownBy(() ->
                        SignalVocabulary.parse("signals:\n  model-size:\n    words: {sv: [modell], en: [model]}\n"))
                .hasMessage("signals.yaml: signals.model-size: model-size is read from figures, not phrases");
        assertThatThrownBy(() -> SignalVocabulary.parse("signals:\n  offline: {}\n"))
                .hasMessage("signals.yaml: signals.offline: needs words or patterns");
    }

    @Test
    void a_suppressed_signal_and_a_denial_must_be_known() {
        assertThatThrownBy(
                        () -> SignalVocabulary.parse(
                                "signals:\n  no-it-staff:\n    suppresses: [it-stuff]\n    words: {sv: [ingen it], en: [no it]}\n"))
                .hasMessage("signals.yaml: signals.no-it-staff.suppresses[0]: unknown signal \"it-stuff\"");
        assertThatThrownBy(
                        () -> SignalVocabulary.parse(
                                "signals:\n  offline:\n    words: {sv: [offline], en: [offline]}\ndenials:\n  offlin:\n    sv: [online]\n"))
                .hasMessage("signals.yaml: denials.offlin: unknown signal \"offlin\"");
    }

    @Test
    void a_file_that_is_not_yaml_or_has_no_signals_is_refused_clearly() {
        assertThatThrownBy(() -> SignalVocabulary.parse("signals: [unclosed"))
                .hasMessageStartingWith("signals.yaml: not valid YAML");
        assertThatThrownBy(() -> SignalVocabulary.parse("words: 1"))
                .hasMessageStartingWith("signals.yaml: signals: missing");
    }
}
