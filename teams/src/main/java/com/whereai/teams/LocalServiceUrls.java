package com.whereai.teams;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Without an app id the endpoint serves only this machine (the Bot Framework Emulator), and the bot answers to the
 * activity's serviceUrl: so that must be this machine too, named literally ({@code localhost}, {@code 127.x.x.x},
 * {@code [::1]}, http or https, no user info). Anything else (another host, a private or link-local address, another
 * scheme) is refused before the bot runs, so a local caller cannot make it call elsewhere. With an app id the
 * serviceUrl is vouched for by Microsoft's signed token instead.
 */
final class LocalServiceUrls {

    private static final Pattern LOOPBACK_V4 =
            Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){2}");

    private LocalServiceUrls() {}

    static boolean allowed(String serviceUrl) {
        if (serviceUrl == null || serviceUrl.isBlank()) {
            return false;
        }
        URI url;
        try {
            url = new URI(serviceUrl);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || url.getRawUserInfo() != null
                || url.getHost() == null) {
            return false;
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return host.equals("localhost")
                || LOOPBACK_V4.matcher(host).matches()
                || host.equals("[::1]")
                || host.equals("[0:0:0:0:0:0:0:1]");
    }
}
