package com.whereai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.whereai.knowledge.Lang;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    @Test
    void defaults_follow_the_design() {
        AppConfig config = AppConfig.from(Map.of());

        assertThat(config.port()).isEqualTo(3978);
        assertThat(config.defaultLang()).isEqualTo(Lang.SV);
        assertThat(config.slackApiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(config.ollamaModel()).isEqualTo("llama3.1:8b");
        assertThat(config.slackEnabled()).isFalse();
        assertThat(config.teamsAuthenticated()).isFalse();
    }

    @Test
    void slack_is_on_with_a_bot_token_and_a_signing_secret_or_an_app_token() {
        assertThat(AppConfig.from(Map.of("SLACK_SIGNING_SECRET", "s")).slackEnabled())
                .isFalse();
        assertThat(AppConfig.from(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_BOT_TOKEN", "xoxb-1"))
                        .slackEnabled())
                .isTrue();
        assertThat(AppConfig.from(Map.of("SLACK_APP_TOKEN", "xapp-1", "SLACK_BOT_TOKEN", "xoxb-1"))
                        .slackEnabled())
                .as("Socket Mode needs no signing secret")
                .isTrue();
    }

    @Test
    void a_bad_port_is_named() {
        assertThatThrownBy(() -> AppConfig.from(Map.of("PORT", "http")))
                .hasMessage("PORT must be a number, was 'http'");
        assertThatThrownBy(() -> AppConfig.from(Map.of("PORT", "70000")))
                .hasMessage("PORT must be 0..65535, was 70000");
    }

    @Test
    void the_drain_lasts_twenty_seconds_unless_WHERE_AI_DRAIN_SECONDS_says_otherwise() {
        assertThat(AppConfig.from(Map.of()).drainTimeout()).isEqualTo(java.time.Duration.ofSeconds(20));
        assertThat(AppConfig.from(Map.of("WHERE_AI_DRAIN_SECONDS", "45")).drainTimeout())
                .isEqualTo(java.time.Duration.ofSeconds(45));
        assertThatThrownBy(() -> AppConfig.from(Map.of("WHERE_AI_DRAIN_SECONDS", "soon")))
                .hasMessage("WHERE_AI_DRAIN_SECONDS must be a positive number, was 'soon'");
    }

    @Test
    void secrets_never_appear_in_its_text() {
        AppConfig config = AppConfig.from(Map.of(
                "SLACK_SIGNING_SECRET",
                "sign-me-secret",
                "SLACK_BOT_TOKEN",
                "xoxb-secret-token",
                "SLACK_APP_TOKEN",
                "xapp-secret",
                "MICROSOFT_APP_ID",
                "app-id",
                "MICROSOFT_APP_PASSWORD",
                "hunter2"));

        assertThat(config.toString())
                .doesNotContain("sign-me-secret", "xoxb-secret-token", "xapp-secret", "hunter2")
                .contains("slack=on (socket mode)", "teams=authenticated");
    }
}
