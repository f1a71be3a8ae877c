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
    void chat_ends_at_end_of_input() {
        CliRun run = CliRun.of(Map.of(), "jämför\n", "chat");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Jämförelse enligt guiden").doesNotContain("Exception");
    }
}
