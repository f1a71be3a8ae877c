package com.whereai.slack;

import com.whereai.knowledge.Lang;
import java.util.Optional;

/**
 * What the Slack adapter needs, read from the environment by the app (never here).
 *
 * @param appToken present for Socket Mode (xapp-...), empty for HTTP
 * @param apiUrl   the Web API base URL, ending in "/"
 */
public record SlackSettings(
        String signingSecret, String botToken, Optional<String> appToken, String apiUrl, Lang defaultLang) {

    public SlackSettings {
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    @Override
    public String toString() {
        return "SlackSettings[apiUrl=" + apiUrl + ", socketMode=" + appToken.isPresent() + ", defaultLang="
                + defaultLang.code() + "]";
    }
}
