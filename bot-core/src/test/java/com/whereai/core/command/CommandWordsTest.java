package com.whereai.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.whereai.core.words.WordsException;
import com.whereai.knowledge.Lang;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The command words are data: the bundled file is complete, and a broken file says which field is wrong. */
class CommandWordsTest {

    /** A file with every command, built from the bundled words, where one entry can be replaced. */
    private static String fileWith(String command, String entry) {
        CommandWords bundled = CommandWords.bundled();
        return "commands:\n"
                + Arrays.stream(CommandWord.values())
                        .map(c -> c.id().equals(command)
                                ? entry
                                : "  " + c.id() + ":\n    sv: [\"" + String.join("\", \"", bundled.words(c, Lang.SV))
                                        + "\"]\n    en: [\"" + String.join("\", \"", bundled.words(c, Lang.EN))
                                        + "\"]\n")
                        .collect(Collectors.joining());
    }

    @Test
    void every_command_has_words_in_both_languages_and_the_longest_words_win() {
        CommandWords words = CommandWords.bundled();

        for (CommandWord command : CommandWord.values()) {
            assertThat(words.words(command, Lang.SV)).as(command.id()).isNotEmpty();
            assertThat(words.words(command, Lang.EN)).as(command.id()).isNotEmpty();
        }
        assertThat(words.match("börja om")).contains(new CommandWords.Match(CommandWord.START_OVER, "börja om", ""));
        assertThat(words.match("jämför 1 2b")).contains(new CommandWords.Match(CommandWord.COMPARE, "jämför", "1 2b"));
        assertThat(words.match("frågor sensitive-data"))
                .contains(new CommandWords.Match(CommandWord.QUESTIONNAIRE, "frågor", "sensitive-data"));
        assertThat(words.match("we have patient records")).isEmpty();
    }

    @Test
    void a_word_in_two_commands_is_refused_naming_both() {
        String file = fileWith("compare", "  compare:\n    sv: [jämför, hjälp]\n    en: [compare]\n");

        assertThatThrownBy(() -> CommandWords.parse(file))
                .isInstanceOf(WordsException.class)
                .hasMessageContaining("commands.yaml: commands.")
                .hasMessageContaining("\"hjälp\" is also a word of");
    }

    @Test
    void a_command_without_words_in_a_language_is_refused() {
        assertThatThrownBy(() -> CommandWords.parse(fileWith("licences", "  licences:\n    sv: [licens]\n")))
                .hasMessage("commands.yaml: commands.licences.en: needs a list of at least one word");
    }

    @Test
    void upper_case_and_stray_spaces_are_refused_with_the_index() {
        assertThatThrownBy(() -> CommandWords.parse(
                        fileWith("options", "  options:\n    sv: [alternativ, Lista]\n    en: [options]\n")))
                .hasMessage(
                        "commands.yaml: commands.options.sv[1]: \"Lista\" must be lower case, words separated by single spaces");
        assertThatThrownBy(() -> CommandWords.parse(
                        fileWith("options", "  options:\n    sv: [\"alternativ  nu\"]\n    en: [options]\n")))
                .hasMessageContaining("commands.options.sv[0]");
    }

    @Test
    void an_unknown_or_missing_command_is_refused() {
        assertThatThrownBy(() -> CommandWords.parse(fileWith("help", "  hlep:\n    sv: [hjälp]\n    en: [help]\n")))
                .hasMessageStartingWith("commands.yaml: commands.hlep: unknown command (known: help, options");
        assertThatThrownBy(() -> CommandWords.parse(fileWith("help", "")))
                .hasMessage("commands.yaml: commands.help: missing");
    }

    @Test
    void a_file_that_is_not_yaml_is_refused_clearly() {
        assertThatThrownBy(() -> CommandWords.parse("commands: [unclosed"))
                .hasMessageStartingWith("commands.yaml: not valid YAML");
        assertThatThrownBy(() -> CommandWords.parse("other: 1"))
                .hasMessageStartingWith("commands.yaml: commands: missing");
    }
}
