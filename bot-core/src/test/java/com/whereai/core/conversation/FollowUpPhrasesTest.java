package com.whereai.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.whereai.core.text.NormalizedText;
import com.whereai.core.words.WordsException;
import com.whereai.knowledge.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The follow-up phrases are data: the bundled file reads, and a broken file says which field is wrong. */
class FollowUpPhrasesTest {

    private final FollowUpPhrases bundled = FollowUpPhrases.bundled();

    @Test
    void the_bundled_file_has_the_phrases_of_both_languages() {
        assertThat(bundled.phrases(Lang.SV)).contains("och", "också", "men", "vad händer om", "tänk om", "om vi");
        assertThat(bundled.phrases(Lang.EN))
                .contains("and", "also", "but", "what if", "what about", "how about", "what happens if", "and if");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "and we have no IT staff",
                "What if traffic grows 10×?",
                "vad händer om datan är känslig?",
                "Och vi har ingen IT-avdelning",
                "men, vi har ingen budget",
                "but",
                "…and 70b",
                "tänk om vi växer",
                "how about 13b?"
            })
    void a_message_starting_with_a_follow_up_phrase_is_a_follow_up(String text) {
        assertThat(bundled.startsAFollowUp(NormalizedText.of(text).text())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "android phones only",
                "what is vram?",
                "butik med kunddata",
                "we have patient records",
                "vi är en kommun med känsliga personuppgifter",
                "omvärlden kräver det",
                ""
            })
    void a_phrase_counts_only_as_whole_words_at_the_start(String text) {
        assertThat(bundled.startsAFollowUp(NormalizedText.of(text).text())).isFalse();
    }

    @Test
    void a_language_without_phrases_is_refused_naming_the_field() {
        assertThatThrownBy(() -> FollowUpPhrases.parse("follow-ups:\n  sv: [och]\n"))
                .isInstanceOf(WordsException.class)
                .hasMessage("follow-ups.yaml: follow-ups.en: needs a list of at least one phrase");
        assertThatThrownBy(() -> FollowUpPhrases.parse("follow-ups:\n  sv: []\n  en: [and]\n"))
                .hasMessage("follow-ups.yaml: follow-ups.sv: needs a list of at least one phrase");
    }

    @Test
    void upper_case_stray_spaces_and_punctuation_are_refused_with_the_index() {
        assertThatThrownBy(() -> FollowUpPhrases.parse("follow-ups:\n  sv: [och, Men]\n  en: [and]\n"))
                .hasMessage(
                        "follow-ups.yaml: follow-ups.sv[1]: \"Men\" must be lower case letters, words separated by single spaces");
        assertThatThrownBy(() -> FollowUpPhrases.parse("follow-ups:\n  sv: [och]\n  en: [and, \"what  if\"]\n"))
                .hasMessageStartingWith("follow-ups.yaml: follow-ups.en[1]: \"what  if\"");
        assertThatThrownBy(() -> FollowUpPhrases.parse("follow-ups:\n  sv: [och]\n  en: [\"and,\"]\n"))
                .hasMessageStartingWith("follow-ups.yaml: follow-ups.en[0]: \"and,\"");
        assertThatThrownBy(() -> FollowUpPhrases.parse("follow-ups:\n  sv: [och]\n  en: [[and]]\n"))
                .hasMessageStartingWith("follow-ups.yaml: follow-ups.en[0]: must be a phrase");
    }

    @Test
    void a_phrase_twice_in_one_language_is_refused() {
        assertThatThrownBy(() -> FollowUpPhrases.parse("follow-ups:\n  sv: [och, men, och]\n  en: [and]\n"))
                .hasMessage("follow-ups.yaml: follow-ups.sv[2]: \"och\" is already in follow-ups.sv");
    }

    @Test
    void a_missing_map_an_unknown_language_and_broken_yaml_are_refused() {
        assertThatThrownBy(() -> FollowUpPhrases.parse("phrases: [and]\n"))
                .hasMessageStartingWith("follow-ups.yaml: follow-ups: missing");
        assertThatThrownBy(() -> FollowUpPhrases.parse("follow-ups:\n  sv: [och]\n  en: [and]\n  de: [und]\n"))
                .hasMessage("follow-ups.yaml: follow-ups.de: unknown language (known: sv, en)");
        assertThatThrownBy(() -> FollowUpPhrases.parse("follow-ups: [\n"))
                .hasMessageStartingWith("follow-ups.yaml: not valid YAML");
    }
}
