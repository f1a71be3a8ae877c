package com.whereai.slack;

import static com.whereai.slack.support.SlackPayloads.blockAction;
import static com.whereai.slack.support.SlackPayloads.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.slack.support.SlackApiStub;
import com.whereai.slack.support.SlackTestServer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A signed request whose response_url is not Slack's is refused before the bot runs, and that URL is never called:
 * another local server (a second stub) stands in for an internal address an attacker would aim the bot at.
 */
class SlackResponseUrlTest {

    private SlackApiStub slack;
    private SlackApiStub elsewhere;
    private SlackTestServer server;

    @BeforeEach
    void start() throws Exception {
        slack = new SlackApiStub();
        elsewhere = new SlackApiStub();
        server = new SlackTestServer(slack);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        elsewhere.close();
        slack.close();
    }

    @Test
    void a_slash_command_answering_elsewhere_is_refused_and_elsewhere_is_never_called() throws Exception {
        assertThat(server.postForm(slashCommand("vram 13b", elsewhere.responseUrl("x")))
                        .statusCode())
                .isEqualTo(400);
        assertThat(server.postForm(slashCommand("vram 13b", "file:///etc/passwd"))
                        .statusCode())
                .isEqualTo(400);

        assertThat(server.postForm(slashCommand("vram 13b", slack.responseUrl("ok")))
                        .statusCode())
                .isEqualTo(200);
        slack.await("/response/ok");
        assertThat(elsewhere.calls()).isEmpty();
    }

    @Test
    void a_button_press_answering_elsewhere_is_refused() throws Exception {
        assertThat(server.postPayload(blockAction("where-ai.command.vram", "vram 13b", "http://169.254.169.254/x"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(server.postPayload(blockAction("where-ai.share", "vram 13b", elsewhere.responseUrl("x")))
                        .statusCode())
                .isEqualTo(400);
        assertThat(elsewhere.calls()).isEmpty();
    }

    @Test
    void a_slash_command_without_a_response_url_is_refused() throws Exception {
        Map<String, String> form = new LinkedHashMap<>(slashCommand("vram 13b", "unused"));
        form.remove("response_url");

        assertThat(server.postForm(form).statusCode()).isEqualTo(400);
    }
}
