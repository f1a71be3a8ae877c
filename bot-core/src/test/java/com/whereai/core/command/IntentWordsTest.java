package com.whereai.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.whereai.core.words.WordsException;
import com.whereai.knowledge.OptionId;
import org.junit.jupiter.api.Test;

/** What makes a message a recommendation request or a yes/no question is data (words/intent.yaml), checked on load. */
class IntentWordsTest {

    private final IntentWords words = IntentWords.bundled();

    @Test
    void advice_teams_and_yes_no_questions_are_recognised_in_both_languages() {
        assertThat(words.asksForAdvice("vad ska vi välja?")).isTrue();
        assertThat(words.asksForAdvice("where should we run it?")).isTrue();
        assertThat(words.asksForAdvice("what is vram")).isFalse();
        assertThat(words.speaksForATeam("vår kommun har känsliga data")).isTrue();
        assertThat(words.speaksForATeam("the law firm stores contracts")).isTrue();
        assertThat(words.speaksForATeam("is groq fast")).isFalse();
        assertThat(words.yesNoQuestion("we have patient data. should we send it to openai?"))
                .contains("should we send it to openai?");
        assertThat(words.yesNoQuestion("what does it cost?")).isEmpty();
    }

    @Test
    void a_question_names_an_option_by_what_one_does_with_it() {
        assertThat(words.optionAskedAbout("should we buy our own gpu server?")).contains(OptionId.OWN_SERVER);
        assertThat(words.optionAskedAbout("är det ok att hyra?")).contains(OptionId.RENTED_SERVER);
        assertThat(words.optionAskedAbout("kan vi använda claude?")).contains(OptionId.PROPRIETARY_API);
        assertThat(words.consideredOption("vi har känsliga data men vill prova claude"))
                .contains("vill prova claude");
    }

    @Test
    void a_broken_file_names_the_field() {
        String valid =
                "advice: {sv: [råd], en: [advice]}\nself: {sv: [vi], en: [we]}\norganisations: {sv: [kommun], en: [council]}\n"
                        + "yes-no: {sv: [ska], en: [should]}\nconsidering: {sv: [vill prova], en: [want to try]}\n";
        assertThatThrownBy(() -> IntentWords.parse(valid.replace("self: {sv: [vi], en: [we]}\n", "")))
                .isInstanceOf(WordsException.class)
                .hasMessage("intent.yaml: self: missing (sv and en lists)");
        assertThatThrownBy(() -> IntentWords.parse(valid.replace("en: [advice]", "en: []")))
                .hasMessage("intent.yaml: advice.en: needs a list of at least one entry");
        assertThatThrownBy(() -> IntentWords.parse(valid.replace("[råd]", "['(råd']")))
                .hasMessageStartingWith("intent.yaml: advice.sv[0]: not a valid pattern:");
        assertThatThrownBy(() -> IntentWords.parse(valid.replace("[kommun]", "[Kommun]")))
                .hasMessage("intent.yaml: organisations.sv[0]: \"Kommun\" must be lower case and not empty");
        assertThatThrownBy(() -> IntentWords.parse(valid + "asked-option:\n  own-srv: {sv: [köpa], en: [buy]}\n"))
                .hasMessage("intent.yaml: asked-option.own-srv: unknown option id");
    }
}
