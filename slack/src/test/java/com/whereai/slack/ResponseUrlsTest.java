package com.whereai.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only Slack's own response_urls, or the configured Web API's origin, may be called. */
class ResponseUrlsTest {

    private final ResponseUrls urls = new ResponseUrls("http://127.0.0.1:8088/api/");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://hooks.slack.com/commands/T0/123/abc",
                "https://hooks.slack.com/actions/T0/123/abc",
                "https://HOOKS.SLACK.COM:443/commands/T0/1/x",
                "https://hooks.slack-gov.com/commands/T0/1/x",
                "http://127.0.0.1:8088/response/1"
            })
    void slacks_hooks_and_the_configured_api_origin_are_allowed(String url) {
        assertThat(urls.allowed(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://hooks.slack.com/commands/T0/1/x",
                "https://hooks.slack.com:8443/commands/x",
                "https://hooks.slack.com./commands/x",
                "https://hooks.slack.com.attacker.example/x",
                "https://hooks.slack.com@127.0.0.1:8088/x",
                "https://user@hooks.slack.com/x",
                "http://127.0.0.1:8089/response/1",
                "https://127.0.0.1:8088/response/1",
                "http://localhost:8088/response/1",
                "http://[::1]:8088/x",
                "http://169.254.169.254/latest/meta-data/",
                "http://[fe80::1]/x",
                "http://10.0.0.1/x",
                "file:///etc/passwd",
                "gopher://127.0.0.1:8088/_x",
                "ftp://hooks.slack.com/x",
                "javascript:alert(1)",
                "//hooks.slack.com/x",
                "not a url",
                "",
                " "
            })
    void anything_else_is_refused(String url) {
        assertThat(urls.allowed(url)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void no_url_is_not_an_allowed_url() {
        assertThat(urls.allowed(null)).isFalse();
    }
}
