package com.whereai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatCommandTest {

    @Test
    void chat_answers_line_by_line_until_exit() {
        CliRun run = CliRun.of(Map.of(), "hjälp\n\n2b\nexit\nthis line is never read\n", "chat");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("where-ai – var ska er AI-modell bo?", "2B – Hyrd server", "RunPod");
        assertThat(run.out()).doesNotContain("never read");
    }

    @Test
    void chat_keeps_the_conversations_language_for_lines_that_do_not_tell() {
        CliRun run = CliRun.of(Map.of(), "what are the options?\n2b\n", "chat");

        assertThat(run.out()).contains("2B – Rented server").doesNotContain("2B – Hyrd server");
    }

    @Test
    void a_chat_session_follows_up_on_the_situation_until_start_over() {
        CliRun run = CliRun.of(
                Map.of(),
                "we have patient records and our own IT department, what should we choose?\n"
                        + "and we have no IT staff\n"
                        + "start over\n"
                        + "why not 2b\n",
                "chat",
                "--lang",
                "en");

        String[] answers = run.out().split("where-ai> ");
        assertThat(answers).hasSize(6);
        assertThat(answers[1])
                .containsPattern("I understood: [^.]*sensitive data[^.]*your own IT staff")
                .doesNotContain("Read with what");
        assertThat(answers[2])
                .contains(
                        "you added: no IT staff",
                        "Read with what you told me earlier in this conversation – write 'start over' to forget it.");
        assertThat(answers[2]).containsPattern("I understood: [^.]*sensitive data[^.]*no IT staff");
        assertThat(answers[3]).contains("Starting over");
        assertThat(answers[4]).contains("Why not 2B").doesNotContain("Read with what", "I understood");
    }

    @Test
    void a_swedish_chat_follows_up_too() {
        CliRun run = CliRun.of(
                Map.of(),
                "vi är en kommun med känsliga personuppgifter och en IT-avdelning, vad ska vi välja?\n"
                        + "och vi har ingen IT-avdelning\n",
                "chat");

        String[] answers = run.out().split("where-ai> ");
        assertThat(answers[2])
                .contains("du lade till: ingen IT-personal", "Läst tillsammans med det du berättat tidigare");
        assertThat(answers[2]).containsPattern("Jag förstod: [^.]*känslig data[^.]*ingen IT-personal");
    }

    @Test
    void chat_ends_at_end_of_input() {
        CliRun run = CliRun.of(Map.of(), "jämför\n", "chat");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Jämförelse enligt guiden").doesNotContain("Exception");
    }
}
