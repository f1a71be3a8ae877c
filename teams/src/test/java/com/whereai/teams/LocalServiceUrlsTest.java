package com.whereai.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Without an app id the bot answers only a serviceUrl on this machine, named literally. */
class LocalServiceUrlsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:3979/",
                "http://127.0.0.1:53000/",
                "https://127.0.0.1/",
                "http://127.1.2.3:80/x",
                "http://[::1]:3979/"
            })
    void this_machine_is_allowed(String url) {
        assertThat(LocalServiceUrls.allowed(url)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "https://smba.trafficmanager.net/emea/",
                "http://169.254.169.254/latest/meta-data/",
                "http://0.0.0.0:3979/",
                "http://127.1:3979/",
                "http://2130706433:3979/",
                "http://0x7f000001/",
                "http://[::ffff:127.0.0.1]/",
                "http://user@127.0.0.1:3979/",
                "http://localhost.attacker.example/",
                "http://10.0.0.1/",
                "file:///etc/passwd",
                "gopher://127.0.0.1:3979/_x",
                "//127.0.0.1:3979/",
                "not a url"
            })
    void anything_else_is_refused(String url) {
        assertThat(LocalServiceUrls.allowed(url)).isFalse();
    }
}
