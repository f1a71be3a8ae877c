package com.whereai.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.slash_commands.SlashCommandPayloadDetector;
import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.util.JsonPayloadExtractor;
import com.whereai.slack.support.SlackPayloads;
import com.whereai.slack.support.SlackTestServer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass reading of a slash command gives Bolt's payload, field for field, or leaves the body to Bolt. */
class SlashCommandFormTest {

    private static final SlashCommandPayloadParser BOLT = new SlashCommandPayloadParser();

    @Test
    void reads_a_slash_command_as_bolt_does() {
        String body = SlackTestServer.encode(SlackPayloads.slashCommand(
                "vad kostar 70B? 200 anställda & 20 frågor/dag, 100% on-prem",
                "https://hooks.slack.com/commands/T1/2/x"));

        SlashCommandPayload ours = SlashCommandForm.payload(body);

        assertThat(ours).isNotNull().isEqualTo(BOLT.parse(body));
        assertThat(ours.getText()).isEqualTo("vad kostar 70B? 200 anställda & 20 frågor/dag, 100% on-prem");
        assertThat(ours.getResponseUrl()).isEqualTo("https://hooks.slack.com/commands/T1/2/x");
    }

    @Test
    void an_empty_text_and_an_enterprise_install_are_read_as_bolt_reads_them() {
        String body = "token=t&team_id=T1&enterprise_id=E1&enterprise_name=Big+Co&is_enterprise_install=TRUE"
                + "&command=%2Fwhere-ai&text=&user_id=U1&trigger_id=1.2.3&channel_name=x";

        SlashCommandPayload ours = SlashCommandForm.payload(body);

        assertThat(ours).isEqualTo(BOLT.parse(body));
        assertThat(ours.getText()).isNull();
        assertThat(ours.isEnterpriseInstall()).isTrue();
        assertThat(ours.getEnterpriseName()).isEqualTo("Big Co");
    }

    @Test
    void interactions_events_and_odd_bodies_are_left_to_bolt() {
        assertThat(SlashCommandForm.payload("payload=%7B%22type%22%3A%22block_actions%22%7D&command=%2Fx"))
                .isNull();
        assertThat(SlashCommandForm.payload("{\"type\":\"event_callback\",\"text\":\"a&command=/x\"}"))
                .isNull();
        assertThat(SlashCommandForm.payload("command=/x&text=a=b")).isNull();
        assertThat(SlashCommandForm.payload("command=/x&text=a\nb")).isNull();
        assertThat(SlashCommandForm.payload(" command=/x")).isNull();
        assertThat(SlashCommandForm.payload("ssl_check=1&token=x")).isNull();
        assertThat(SlashCommandForm.payload("command=&text=hi")).isNull();
        assertThat(SlashCommandForm.payload("")).isNull();
    }

    @Test
    void on_random_form_bodies_it_never_reads_a_command_bolt_would_not_and_reads_the_same_fields() {
        Random random = new Random(20261202);
        String[] names = {"command", "text", "payload", "token", "user_id", "response_url", "is_enterprise_install", ""
        };
        String[] values = {"%2F", "%26", "%3D", "+", "a", "true", "/where-ai", "%C3%A5", " ", "%", "%7B"};
        String[] junk = {"=", "&", " ", "%", "\n", "{", "command", "\u0001", "\t"};
        int read = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder body = new StringBuilder();
            int pairs = 1 + random.nextInt(6);
            for (int j = 0; j < pairs; j++) {
                if (j > 0) {
                    body.append('&');
                }
                if (random.nextInt(10) == 0) {
                    body.append(junk[random.nextInt(junk.length)]);
                }
                body.append(names[random.nextInt(names.length)]).append('=');
                for (int k = random.nextInt(4); k > 0; k--) {
                    body.append(values[random.nextInt(values.length)]);
                }
            }
            String text = body.toString();
            SlashCommandPayload ours;
            try {
                ours = SlashCommandForm.payload(text);
            } catch (IllegalArgumentException e) {
                // a broken %-escape: Bolt's decoder throws on it too, and the servlet answers 400
                assertThat(boltThrows(text)).as(text).isTrue();
                continue;
            }
            if (ours != null) {
                read++;
                assertThat(new JsonPayloadExtractor().extractIfExists(text))
                        .as(text)
                        .isNull();
                assertThat(new SlashCommandPayloadDetector().isCommand(text))
                        .as(text)
                        .isTrue();
                assertThat(ours).as(text).isEqualTo(BOLT.parse(text));
            }
        }
        assertThat(read).as("random bodies read as commands").isGreaterThan(500);
    }

    private static boolean boltThrows(String body) {
        try {
            BOLT.parse(body);
            new SlashCommandPayloadDetector().isCommand(body);
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
