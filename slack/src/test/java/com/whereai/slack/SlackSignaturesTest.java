package com.whereai.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The request signature check agrees with the Slack SDK's signer and refuses what Slack's rules refuse. */
class SlackSignaturesTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final long NOW = 1_764_633_600L;
    private final SlackSignatures signatures =
            new SlackSignatures(SECRET, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
    private final SlackSignature.Generator sdk = new SlackSignature.Generator(SECRET);

    @Test
    void a_body_signed_as_slack_signs_it_is_accepted() {
        String body = "command=%2Fwhere-ai&text=j%C3%A4mf%C3%B6r+1+3";
        String ts = Long.toString(NOW - 10);

        assertThat(signatures.valid(ts, body, sdk.generate(ts, body))).isTrue();
    }

    @Test
    void another_body_a_wrong_secret_or_a_stale_or_future_timestamp_is_refused() {
        String body = "command=%2Fwhere-ai&text=help";
        String ts = Long.toString(NOW);
        String signature = sdk.generate(ts, body);

        assertThat(signatures.valid(ts, body + "x", signature)).isFalse();
        assertThat(signatures.valid(ts, body, new SlackSignature.Generator("other").generate(ts, body)))
                .isFalse();
        String stale = Long.toString(NOW - 301);
        assertThat(signatures.valid(stale, body, sdk.generate(stale, body))).isFalse();
        String future = Long.toString(NOW + 301);
        assertThat(signatures.valid(future, body, sdk.generate(future, body))).isFalse();
        assertThat(signatures.valid("soon", body, signature)).isFalse();
        assertThat(signatures.valid(ts, body, "v0=" + "0".repeat(64))).isFalse();
    }
}
