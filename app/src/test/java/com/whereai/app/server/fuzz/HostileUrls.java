package com.whereai.app.server.fuzz;

import java.util.List;

/** Addresses a request may name for the bot to call back, none of which it may ever call. */
public final class HostileUrls {

    private static final java.util.regex.Pattern NAMES_THIS_MACHINE = java.util.regex.Pattern.compile(
            "^https?://(localhost|127\\.0\\.0\\.1|\\[::1\\])[:/].*", java.util.regex.Pattern.CASE_INSENSITIVE);

    private HostileUrls() {}

    /**
     * The hostile addresses for Teams without an app id, whose endpoint serves only callers on this machine (the Bot
     * Framework Emulator, which is reached at a loopback address): all but those naming this machine literally, which
     * such a caller can reach itself.
     */
    public static List<String> offThisMachine(int canary) {
        return all(canary).stream()
                .filter(url -> !NAMES_THIS_MACHINE.matcher(url).matches())
                .toList();
    }

    /** Every hostile address, the canary (a listening port on 127.0.0.1) among them in several spellings. */
    public static List<String> all(int canary) {
        String c = Integer.toString(canary);
        return List.of(
                "http://127.0.0.1:" + c + "/commands/T/1/x",
                "http://localhost:" + c + "/x",
                "https://127.0.0.1:" + c + "/x",
                "HTTP://127.0.0.1:" + c + "/x",
                "http://127.1:" + c + "/x",
                "http://2130706433:" + c + "/x",
                "http://0x7f000001:" + c + "/x",
                "http://0.0.0.0:" + c + "/x",
                "http://[::1]:" + c + "/x",
                "http://[::ffff:127.0.0.1]:" + c + "/x",
                "https://hooks.slack.com@127.0.0.1:" + c + "/x",
                "http://127.0.0.1:" + c + "#@hooks.slack.com/x",
                "http://127.0.0.1:" + c + "\\@hooks.slack.com/x",
                "//127.0.0.1:" + c + "/x",
                "gopher://127.0.0.1:" + c + "/_POST%20/x",
                "ftp://127.0.0.1:" + c + "/x",
                "file:///etc/passwd",
                "file:/proc/self/environ",
                "jar:file:/tmp/x.jar!/x",
                "javascript:alert(1)",
                "data:text/plain,hi",
                "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
                "http://[fe80::1]/x",
                "http://[fd00::1]/x",
                "http://metadata.google.internal/computeMetadata/v1/",
                "http://10.0.0.1/x",
                "http://192.168.1.1/x",
                "http://172.16.0.1/x",
                "http://hooks.slack.com/commands/T/1/x",
                "https://hooks.slack.com.attacker.invalid/commands/x",
                "https://attacker.invalid/hooks.slack.com/x",
                "https://h\u043e\u043eks.slack.com/x",
                "https://smba.trafficmanager.net.attacker.invalid/x",
                "",
                " ",
                "not a url",
                "http://",
                "http://:80/",
                "http://[::1/",
                "http://" + "a".repeat(300) + ".invalid/",
                "https://hooks.slack.com:8443/commands/x",
                "https://hooks.slack.com./commands/x",
                "https://" + "x".repeat(9000) + ".hooks.slack.com/");
    }
}
