package com.whereai.app.server.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.app.server.fuzz.HostileRequest.Target;
import com.whereai.teams.support.Activities;
import com.whereai.teams.support.BotConnectorStub;
import com.whereai.teams.support.BotFrameworkTokens;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Hostile requests to POST /api/messages: activities of every wrong shape and with hostile serviceUrls (to the
 * local-only endpoint), and bad Authorization headers (to the endpoint with an app id set).
 */
public final class TeamsHostileRequests {

    private static final String PATH = "/api/messages";

    private final Random random;
    private final String goodServiceUrl;
    private final List<String> hostileUrls;
    private final List<String> localHostileUrls;
    private final String appId;
    private final String appPassword;
    private final BotConnectorStub microsoft;
    private final KeyPair foreignKey;

    public TeamsHostileRequests(
            Random random,
            BotConnectorStub microsoft,
            List<String> hostileUrls,
            List<String> localHostileUrls,
            String appId,
            String appPassword) {
        this.random = random;
        this.microsoft = microsoft;
        this.goodServiceUrl = microsoft.serviceUrl();
        this.hostileUrls = hostileUrls;
        this.localHostileUrls = localHostileUrls;
        this.appId = appId;
        this.appPassword = appPassword;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.foreignKey = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public HostileRequest wrongShape() {
        String body = switch (random.nextInt(24)) {
            case 0 -> "not json";
            case 1 -> "[]";
            case 2 -> "null";
            case 3 -> "42";
            case 4 -> "{}";
            case 5 -> "{\"type\":42}";
            case 6 -> "{\"type\":null,\"text\":\"help\"}";
            case 7 ->
                with(
                        Activities.message(goodServiceUrl, "help", "personal", "en-US"),
                        "type",
                        pick(
                                "",
                                "invoke",
                                "event",
                                "endOfConversation",
                                "installationUpdate",
                                "messageReaction",
                                "typing",
                                "deleteUserData",
                                "trace",
                                "handoff",
                                "command",
                                "x\u0000"));
            case 8 ->
                without(
                        Activities.message(goodServiceUrl, "help", "personal", "en-US"),
                        pick("from", "conversation", "recipient", "channelId", "id", "timestamp", "text"));
            case 9 ->
                Activities.message(goodServiceUrl, "help", "personal", "en-US")
                        .put("conversation", "a string")
                        .toString();
            case 10 ->
                Activities.message(goodServiceUrl, "help", "personal", "en-US")
                        .put("from", 5)
                        .toString();
            case 11 -> {
                ObjectNode a = Activities.message(goodServiceUrl, "help", "personal", "en-US");
                a.putObject("text").put("nested", true);
                yield a.toString();
            }
            case 12 ->
                Activities.message(goodServiceUrl, "help", "personal", "en-US")
                        .put("value", pick("a string", "{", "[1,2]"))
                        .toString();
            case 13 -> {
                ObjectNode a = Activities.message(goodServiceUrl, "", "personal", "en-US");
                a.putArray("attachments")
                        .add("x")
                        .addObject()
                        .put("contentType", 5)
                        .putNull("content");
                a.putArray("entities").addObject().put("type", "mention").put("mentioned", "nobody");
                yield a.toString();
            }
            case 14 ->
                Activities.message(goodServiceUrl, "help", "personal", "en-US")
                        .put("timestamp", pick("yesterday", "-1", "9999-99-99T99:99:99Z", ""))
                        .toString();
            case 15 ->
                Activities.message(goodServiceUrl, "help", "personal", pick("xx-XX", "", "\u0000", "sv_SE.UTF-8"))
                        .toString();
            case 16 -> {
                ObjectNode a = Activities.base("invoke", goodServiceUrl, "personal");
                a.put("name", pick("adaptiveCard/action", "task/fetch", "composeExtension/query", "", "x"));
                a.putObject("value")
                        .put("action", pick("", "x"))
                        .putArray("data")
                        .add(1);
                yield a.toString();
            }
            case 17 -> {
                ObjectNode a = Activities.submit(goodServiceUrl, Activities.base("x", goodServiceUrl, "personal"));
                ((ObjectNode) a.get("value"))
                        .put("where-ai", pick("questionnaire", "adjust", "", "{"))
                        .put("q1", 7);
                yield a.toString();
            }
            case 18 ->
                Activities.message(goodServiceUrl, hugeText(), "personal", "en-US")
                        .toString();
            case 19 -> {
                int depth = pick(100, 2_000, 50_000);
                yield "{\"type\":\"message\",\"serviceUrl\":\"" + goodServiceUrl + "\",\"channelData\":"
                        + "[".repeat(depth) + "]".repeat(depth) + "}";
            }
            case 20 ->
                Activities.message(goodServiceUrl, "help", "personal", "en-US")
                        .put("conversation", (String) null)
                        .toString();
            case 21 ->
                Activities.botAdded(goodServiceUrl, pick("personal", "channel", "groupChat", "", "x"))
                        .put("membersAdded", pick("x", "[]"))
                        .toString();
            case 22 ->
                Activities.message(
                                goodServiceUrl,
                                "<at>x</at> <script>alert(1)</script> **x** [a](javascript:x)",
                                "channel",
                                "en-US")
                        .toString();
            default -> "{\"type\":\"message\",\"text\":\"help\"}";
        };
        if (random.nextInt(10) == 0) {
            return invalidUtf8();
        }
        return post("teams-wrong-shape", Target.OPEN, List.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    private HostileRequest invalidUtf8() {
        byte[] start = ("{\"type\":\"message\",\"serviceUrl\":\"" + goodServiceUrl
                        + "\",\"from\":{\"id\":\"29:u\"},\"conversation\":{\"id\":\"a:c\"},\"text\":\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] end = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] body = new byte[start.length + bad.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(bad, 0, body, start.length, bad.length);
        System.arraycopy(end, 0, body, start.length + bad.length, end.length);
        return post("teams-wrong-shape", Target.OPEN, List.of(), body);
    }

    /** To the local-only endpoint, which may answer the Emulator on this machine: serviceUrls off this machine. */
    public HostileRequest hostileServiceUrl() {
        String url = pick(localHostileUrls);
        ObjectNode activity = switch (random.nextInt(4)) {
            case 0 -> Activities.botAdded(url, "personal");
            case 1 -> Activities.channelMention(url, "vram 13b");
            default ->
                Activities.message(url, pick("help", "vram 13b", "compare 1 2a", "vad är vram?"), "personal", "sv-SE");
        };
        if (random.nextInt(8) == 0) {
            activity.remove("serviceUrl");
        }
        return post(
                "teams-hostile-service-url",
                Target.OPEN,
                List.of(),
                activity.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** To the endpoint with an app id: a valid activity (aimed at a hostile serviceUrl) with a bad Authorization. */
    public HostileRequest badAuthorization() {
        byte[] activity = Activities.message(pick(hostileUrls), "help", "personal", "en-US")
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        Instant now = Instant.now();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        switch (random.nextInt(14)) {
            case 0 -> {} // none
            case 1 ->
                headers.add(Map.entry(
                        "Authorization",
                        pick(
                                "",
                                "Bearer",
                                "Bearer ",
                                "bearer x",
                                "Basic YTpi",
                                "Bearer " + "A".repeat(8000),
                                "Bearer a.b.c",
                                "Bearer ....",
                                "Bearer \u00e9\u00e9")));
            case 2 ->
                headers.add(Map.entry(
                        "Authorization",
                        "Bearer "
                                + BotFrameworkTokens.unsigned(
                                        appId, "https://api.botframework.com", now.plusSeconds(600))));
            case 3 ->
                headers.add(Map.entry(
                        "Authorization",
                        "Bearer "
                                + BotFrameworkTokens.hs256(
                                        appPassword, appId, "https://api.botframework.com", now.plusSeconds(600))));
            case 4 ->
                headers.add(Map.entry(
                        "Authorization",
                        "Bearer " + rsa(foreignKey, appId, "https://api.botframework.com", now.plusSeconds(600))));
            case 5 ->
                headers.add(Map.entry(
                        "Authorization",
                        "Bearer "
                                + rsa(
                                        microsoft.signingKey(),
                                        appId,
                                        "https://api.botframework.com",
                                        now.minusSeconds(3600))));
            case 6 ->
                headers.add(Map.entry(
                        "Authorization",
                        "Bearer "
                                + rsa(
                                        microsoft.signingKey(),
                                        "another-app",
                                        "https://api.botframework.com",
                                        now.plusSeconds(600))));
            case 7 ->
                headers.add(Map.entry(
                        "Authorization",
                        "Bearer "
                                + rsa(
                                        microsoft.signingKey(),
                                        appId,
                                        "https://attacker.invalid",
                                        now.plusSeconds(600))));
            case 8 ->
                headers.add(Map.entry(
                        "Authorization",
                        "Bearer "
                                + rsa(
                                        foreignKey,
                                        appId,
                                        // not the Emulator's issuer (sts.windows.net/...): its keys are fetched from
                                        // login.microsoftonline.com, which the SDK does not let a test redirect
                                        "https://api.botframework.com/",
                                        now.plusSeconds(600))));
            case 9 -> {
                headers.add(Map.entry("Authorization", "Bearer x"));
                headers.add(Map.entry(
                        "Authorization",
                        "Bearer " + rsa(foreignKey, appId, "https://api.botframework.com", now.plusSeconds(600))));
            }
            case 10 ->
                headers.add(Map.entry(
                        "Authorization",
                        "Bearer "
                                + rsa(
                                                microsoft.signingKey(),
                                                appId,
                                                "https://api.botframework.com",
                                                now.plusSeconds(600))
                                        .replaceFirst("\\.[^.]*$", ".")));
            case 11 -> headers.add(Map.entry("Authorization", "Bearer " + tamperedPayload(now)));
            case 12 ->
                headers.add(Map.entry(
                        "Authorization",
                        "Bearer "
                                + rsa(
                                                microsoft.signingKey(),
                                                appId,
                                                "https://api.botframework.com",
                                                now.plusSeconds(600 * 24 * 365))
                                        .substring(0, 40)));
            default ->
                headers.add(Map.entry(
                        "Authorization",
                        "Bearer " + rsa(foreignKey, appId, "https://api.botframework.com", now.plusSeconds(600))));
        }
        return post("teams-bad-authorization", Target.AUTHENTICATED, headers, activity);
    }

    /** A token our stub's key really signed, for another app, with its payload swapped for ours. */
    private String tamperedPayload(Instant now) {
        String[] real = rsa(microsoft.signingKey(), "another-app", "https://api.botframework.com", now.plusSeconds(600))
                .split("\\.");
        String[] forged = rsa(foreignKey, appId, "https://api.botframework.com", now.plusSeconds(600))
                .split("\\.");
        return real[0] + "." + forged[1] + "." + real[2];
    }

    private String rsa(KeyPair key, String audience, String issuer, Instant expires) {
        return BotFrameworkTokens.rs256(key, audience, issuer, expires, goodServiceUrl);
    }

    private HostileRequest post(String category, Target target, List<Map.Entry<String, String>> extra, byte[] body) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry(
                "Content-Type",
                pick("application/json", "application/json", "text/plain", "application/json; charset=latin1")));
        headers.addAll(extra);
        return HostileRequest.of(category, target, "POST", PATH, headers, body);
    }

    private String hugeText() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 100 * 1024) {
            text.append(pick("vram ", "70b ", "patient ", "<at>x</at> ", "ö ", "compare ", "kostnad "));
        }
        return text.toString();
    }

    private static String with(ObjectNode activity, String field, String value) {
        return activity.put(field, value).toString();
    }

    private static String without(ObjectNode activity, String field) {
        activity.remove(field);
        return activity.toString();
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
