package com.whereai.slack.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.webhook.WebhookResponse;
import org.junit.jupiter.api.Test;

/** What a response_url's answer means: Slack says "ok" with a 200, and an error in the body with a 4xx or 5xx. */
class SlackCallsTest {

    private static WebhookResponse answer(int status, String body) {
        return WebhookResponse.builder().code(status).body(body).build();
    }

    @Test
    void an_ok_answer_is_accepted() {
        assertThatNoException().isThrownBy(() -> SlackCalls.webhook("response_url", answer(200, "ok")));
    }

    @Test
    void refused_blocks_are_told_apart_so_the_card_can_be_sent_another_way() {
        assertThatThrownBy(() ->
                        SlackCalls.webhook("response_url", answer(400, "{\"ok\":false,\"error\":\"invalid_blocks\"}")))
                .isInstanceOfSatisfying(
                        SlackCalls.SlackCallFailed.class,
                        e -> assertThat(e.is("invalid_blocks")).isTrue());
    }

    @Test
    void an_expired_url_fails_with_slacks_error_code() {
        assertThatThrownBy(() -> SlackCalls.webhook("response_url", answer(404, "expired_url")))
                .isInstanceOfSatisfying(SlackCalls.SlackCallFailed.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("response_url failed: HTTP 404 expired_url");
                    assertThat(e.is("invalid_blocks")).isFalse();
                });
        assertThatThrownBy(() -> SlackCalls.webhook(
                        "response_url", answer(500, "{\"ok\":false, \"error\": \"internal_error\"}")))
                .hasMessage("response_url failed: HTTP 500 internal_error");
    }

    @Test
    void an_error_body_that_is_not_a_slack_error_code_stays_out_of_the_message() {
        assertThatThrownBy(() -> SlackCalls.webhook(
                        "response_url", answer(502, "<html>Bad gateway for <script>user text</script></html>")))
                .hasMessage("response_url failed: HTTP 502");
    }
}
