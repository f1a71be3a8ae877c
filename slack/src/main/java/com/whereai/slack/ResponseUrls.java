package com.whereai.slack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which response_urls the bot may call. Slack's are always {@code https://hooks.slack.com/...} (or GovSlack's
 * {@code hooks.slack-gov.com}); the other one allowed is the origin of the configured Web API (SLACK_API_URL: a
 * proxy, or a stub in tests). Everything else (other schemes, other hosts or ports, user info, IP tricks) is refused
 * before any call, so a request cannot make the bot fetch an internal address.
 */
public final class ResponseUrls {

    private static final Set<String> SLACK_HOSTS = Set.of("hooks.slack.com", "hooks.slack-gov.com");

    private final URI apiOrigin;

    public ResponseUrls(String apiUrl) {
        this.apiOrigin = parse(apiUrl);
    }

    public boolean allowed(String responseUrl) {
        URI url = parse(responseUrl);
        if (url == null || url.getRawUserInfo() != null || url.getHost() == null || url.getRawAuthority() == null) {
            return false;
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") && SLACK_HOSTS.contains(host) && (url.getPort() == -1 || url.getPort() == 443)) {
            return true;
        }
        return apiOrigin != null
                && scheme.equalsIgnoreCase(apiOrigin.getScheme())
                && host.equalsIgnoreCase(apiOrigin.getHost())
                && port(url) == port(apiOrigin);
    }

    private static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return url.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http")) ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
