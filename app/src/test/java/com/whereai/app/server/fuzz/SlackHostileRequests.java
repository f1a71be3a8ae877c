package com.whereai.app.server.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.app.server.fuzz.HostileRequest.Target;
import com.whereai.slack.support.SlackPayloads;
import com.whereai.slack.support.SlackTestServer;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hostile requests to POST /slack/events: bodies correctly signed but broken in every way Slack's would not be, and
 * signature attacks. Deterministic for a given {@link Random}.
 */
public final class SlackHostileRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/slack/events";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final Random random;
    private final String secret;
    private final String goodResponseUrl;
    private final List<String> hostileUrls;
    private final String userTextMark;

    public SlackHostileRequests(
            Random random, String secret, String goodResponseUrl, List<String> hostileUrls, String userTextMark) {
        this.random = random;
        this.userTextMark = userTextMark;
        this.secret = secret;
        this.goodResponseUrl = goodResponseUrl;
        this.hostileUrls = hostileUrls;
    }

    public HostileRequest badFormEncoding() {
        String body = pick(
                "%",
                "%zz=%zz",
                "payload",
                "payload=%E0%A4%A",
                "=&=&=&",
                "&&&&",
                "text=" + "%".repeat(50),
                "command=/where-ai&text=%GG&response_url=" + enc(goodResponseUrl),
                "a=b;c=d",
                "payload=%7B%22type%22%3A",
                "payload=" + "%".repeat(random.nextInt(20) + 1) + "7B",
                manyParameters(),
                randomAscii(random.nextInt(400)));
        return signed("bad-form-encoding", (body + "&" + userTextMark).getBytes(StandardCharsets.UTF_8), FORM);
    }

    public HostileRequest payloadNotJson() {
        String payload = pick(
                "not json",
                "{",
                "{\"type\":",
                "[]",
                "null",
                "123",
                "\"block_actions\"",
                "{'type':'block_actions'}",
                "{\"type\":\"block_actions\",}",
                "\u0000\u0001\u0002",
                "<xml/>",
                "{\"type\":\"block_actions\"}{\"type\":\"view_submission\"}",
                randomAscii(random.nextInt(200)));
        return signedForm("payload-not-json", Map.of("payload", payload + " " + userTextMark));
    }

    public HostileRequest wrongTypes() {
        ObjectNode root = validInteraction();
        String field = pick(
                "type",
                "user",
                "team",
                "actions",
                "view",
                "channel",
                "container",
                "response_url",
                "trigger_id",
                "api_app_id",
                "message");
        switch (random.nextInt(6)) {
            case 0 -> root.put(field, random.nextInt());
            case 1 -> root.putArray(field).add(1).add("x").addNull();
            case 2 -> root.putObject(field).put("id", 5).putArray("nested");
            case 3 -> root.putNull(field);
            case 4 -> root.put(field, random.nextBoolean());
            default -> root.put(field, 1e308 * 10);
        }
        if (random.nextBoolean()
                && root.get("actions") instanceof ArrayNode actions
                && actions.get(0) instanceof ObjectNode action) {
            action.put(pick("value", "action_id", "type", "block_id"), random.nextInt(3) == 0 ? "" : null);
            if (random.nextBoolean()) {
                actions.add("just a string");
            }
        }
        return signedForm("wrong-types", Map.of("payload", root.toString()));
    }

    public HostileRequest missingFields() {
        if (random.nextInt(3) == 0) {
            Map<String, String> form = new LinkedHashMap<>(SlackPayloads.slashCommand(words(5), goodResponseUrl));
            List<String> keys = new ArrayList<>(form.keySet());
            for (int i = 0, n = 1 + random.nextInt(keys.size()); i < n; i++) {
                form.remove(keys.get(random.nextInt(keys.size())));
            }
            return signedForm("missing-fields", form);
        }
        ObjectNode root = validInteraction();
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        for (int i = 0, n = 1 + random.nextInt(names.size()); i < n; i++) {
            root.remove(names.get(random.nextInt(names.size())));
        }
        removeNested(root);
        return signedForm("missing-fields", Map.of("payload", root.toString()));
    }

    public HostileRequest unknownInteractionType() {
        ObjectNode root = validInteraction();
        root.put(
                "type",
                pick(
                        "shortcut",
                        "message_action",
                        "block_suggestion",
                        "view_closed",
                        "interactive_message",
                        "dialog_submission",
                        "dialog_cancellation",
                        "workflow_step_edit",
                        "workflow_step",
                        "BLOCK_ACTIONS",
                        "",
                        "block_actions\u0000",
                        randomAscii(12)));
        if (random.nextInt(4) == 0) {
            String event = SlackPayloads.event(
                    "Ev" + random.nextLong(),
                    JSON.createObjectNode()
                            .put(
                                    "type",
                                    pick(
                                            "reaction_added",
                                            "team_join",
                                            "link_shared",
                                            "app_uninstalled",
                                            "tokens_revoked",
                                            "message",
                                            "x"))
                            .put("user", "U1")
                            .put("channel", "C1"));
            return signed("unknown-interaction-type", event.getBytes(StandardCharsets.UTF_8), "application/json");
        }
        return signedForm("unknown-interaction-type", Map.of("payload", root.toString()));
    }

    public HostileRequest hugeText() {
        String text = userTextMark + " " + hugeWords(100 * 1024);
        return switch (random.nextInt(4)) {
            case 0 -> signedForm("100kb-text", SlackPayloads.slashCommand(text, goodResponseUrl));
            case 1 ->
                signedForm(
                        "100kb-text",
                        Map.of(
                                "payload",
                                SlackPayloads.blockAction("where-ai.command." + text, text, goodResponseUrl)));
            case 2 ->
                signed(
                        "100kb-text",
                        SlackPayloads.event("Ev" + random.nextLong(), SlackPayloads.mention(text, ts()))
                                .getBytes(StandardCharsets.UTF_8),
                        "application/json");
            default ->
                signed(
                        "100kb-text",
                        SlackPayloads.event("Ev" + random.nextLong(), SlackPayloads.directMessage(text, ts()))
                                .getBytes(StandardCharsets.UTF_8),
                        "application/json");
        };
    }

    public HostileRequest deepNesting() {
        int depth = pick(100, 1_000, 5_000, 50_000, 200_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        String payload = switch (random.nextInt(3)) {
            case 0 -> nested;
            case 1 -> "{\"type\":\"block_actions\",\"user\":" + nested.replace("1", "{}") + "}";
            default -> "{\"type\":\"view_submission\",\"view\":{\"state\":{\"values\":" + nested + "}}}";
        };
        if (random.nextInt(4) == 0) {
            return signed(
                    "deep-nesting",
                    ("{\"type\":\"event_callback\",\"event\":" + nested + "}").getBytes(StandardCharsets.UTF_8),
                    "application/json");
        }
        return signedForm("deep-nesting", Map.of("payload", payload));
    }

    public HostileRequest invalidUtf8() {
        byte[] bad = pick(
                new byte[] {(byte) 0xC3, 0x28},
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x82});
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        switch (random.nextInt(3)) {
            case 0 -> {
                body.writeBytes(
                        "command=/where-ai&user_id=U1&channel_id=C1&response_url=".getBytes(StandardCharsets.UTF_8));
                body.writeBytes(enc(goodResponseUrl).getBytes(StandardCharsets.UTF_8));
                body.writeBytes("&text=vram ".getBytes(StandardCharsets.UTF_8));
                body.writeBytes(bad);
                body.writeBytes("%C3%28%FF".getBytes(StandardCharsets.UTF_8));
            }
            case 1 -> {
                body.writeBytes("payload={\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"x\":\""
                        .getBytes(StandardCharsets.UTF_8));
                body.writeBytes(bad);
                body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                body.writeBytes(
                        "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"channel\":\"C1\",\"ts\":\"1.1\",\"text\":\""
                                .getBytes(StandardCharsets.UTF_8));
                body.writeBytes(bad);
                body.writeBytes("\"}}".getBytes(StandardCharsets.UTF_8));
                return invalidUtf8Signed(body.toByteArray(), "application/json");
            }
        }
        return invalidUtf8Signed(body.toByteArray(), FORM);
    }

    public HostileRequest markupInjection() {
        String text = pick(
                        "<!channel> vram 70b",
                        "<!here|here> compare 1 2a",
                        "<!everyone> recommend",
                        "<@U0ADMIN> help",
                        "<https://attacker.invalid|click me> licence llama",
                        "*bold* _it_ ~x~ `code` ```block``` > quote",
                        "</script><script>alert(1)</script>",
                        "{\"blocks\":[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"<!channel>\"}}]}",
                        "&lt;!channel&gt; &amp; &#x3C;",
                        "${jndi:ldap://127.0.0.1/a} vram 13b",
                        "%s%s%s%n {} {0} \\u0000",
                        "\u202Eevil\u202C \u200B\uFEFF",
                        "'; DROP TABLE answers; --")
                + (random.nextBoolean() ? " " + words(3) : "") + " " + userTextMark;
        if (random.nextBoolean()) {
            return signedForm("markup-injection", SlackPayloads.slashCommand(text, goodResponseUrl));
        }
        return signed(
                "markup-injection",
                SlackPayloads.event("Ev" + random.nextLong(), SlackPayloads.mention("<@UBOT> " + text, ts()))
                        .getBytes(StandardCharsets.UTF_8),
                "application/json");
    }

    public HostileRequest hostileResponseUrl() {
        String url = pick(hostileUrls);
        String text = pick("vram 13b", "compare 1 2a", "help", "", "what is vram?", "recommend patient records");
        return switch (random.nextInt(4)) {
            case 0, 1 -> signedForm("hostile-response-url", SlackPayloads.slashCommand(text, url));
            case 2 ->
                signedForm(
                        "hostile-response-url",
                        Map.of("payload", SlackPayloads.blockAction("where-ai.command.vram", "vram 13b", url)));
            default -> {
                ObjectNode share = (ObjectNode) tree(SlackPayloads.blockAction("where-ai.share", "vram 13b", url));
                yield signedForm("hostile-response-url", Map.of("payload", share.toString()));
            }
        };
    }

    /**
     * Signature attacks, each in its own category "signature-attack/KIND": none may be answered as if Slack had sent
     * it. The body is a proper slash command with a good response_url, so a forgery let through would show as 200.
     */
    public HostileRequest signatureAttack() {
        byte[] body = SlackTestServer.encode(SlackPayloads.slashCommand("vram 13b", goodResponseUrl))
                .getBytes(StandardCharsets.UTF_8);
        long now = SlackTestServer.nowSeconds();
        String ts = Long.toString(now);
        byte[] other = "command=/where-ai&text=help".getBytes(StandardCharsets.UTF_8);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Content-Type", FORM));
        String kind;
        switch (random.nextInt(11)) {
            case 0 -> kind = "missing";
            case 1 -> {
                kind = "missing-signature";
                headers.add(Map.entry("X-Slack-Request-Timestamp", ts));
            }
            case 2 -> {
                kind = "missing-timestamp";
                headers.add(Map.entry("X-Slack-Signature", sign(secret, ts, body)));
            }
            case 3 -> {
                kind = "stale";
                String stale = Long.toString(now - 301 - random.nextInt(86_400));
                headers.add(Map.entry("X-Slack-Request-Timestamp", stale));
                headers.add(Map.entry("X-Slack-Signature", sign(secret, stale, body)));
            }
            case 4 -> {
                kind = "future";
                String future = Long.toString(now + 301 + random.nextInt(86_400));
                headers.add(Map.entry("X-Slack-Request-Timestamp", future));
                headers.add(Map.entry("X-Slack-Signature", sign(secret, future, body)));
            }
            case 5 -> {
                kind = "wrong-secret";
                headers.add(Map.entry("X-Slack-Request-Timestamp", ts));
                headers.add(Map.entry("X-Slack-Signature", sign("wrong-" + secret, ts, body)));
            }
            case 6 -> {
                kind = "other-body";
                headers.add(Map.entry("X-Slack-Request-Timestamp", ts));
                headers.add(Map.entry("X-Slack-Signature", sign(secret, ts, other)));
            }
            case 7 -> {
                kind = "duplicated-signature";
                headers.add(Map.entry("X-Slack-Request-Timestamp", ts));
                headers.add(Map.entry("X-Slack-Signature", sign(secret, ts, other)));
                headers.add(Map.entry("X-Slack-Signature", sign("wrong-" + secret, ts, body)));
            }
            case 8 -> {
                kind = "duplicated-timestamp";
                String stale = Long.toString(now - 4000);
                headers.add(Map.entry("X-Slack-Request-Timestamp", stale));
                headers.add(Map.entry("X-Slack-Request-Timestamp", ts));
                headers.add(Map.entry("X-Slack-Signature", sign(secret, stale, body)));
            }
            case 9 -> {
                kind = "malformed";
                if (random.nextBoolean()) {
                    headers.add(Map.entry(
                            "X-Slack-Request-Timestamp", pick("abc", "-1", "", "99999999999999999999", "1e9", "0x10")));
                    headers.add(Map.entry("X-Slack-Signature", sign(secret, ts, body)));
                } else {
                    headers.add(Map.entry("X-Slack-Request-Timestamp", ts));
                    headers.add(Map.entry(
                            "X-Slack-Signature",
                            pick(
                                    "",
                                    "v0=",
                                    "v1=" + sign(secret, ts, body).substring(3),
                                    "v0=zz",
                                    "sha256=abc",
                                    "v0=" + "a".repeat(5000))));
                }
            }
            default -> {
                kind = "body-changed";
                headers.add(Map.entry("X-Slack-Request-Timestamp", ts));
                headers.add(Map.entry("X-Slack-Signature", sign(secret, ts, body)));
                body = (new String(body, StandardCharsets.UTF_8) + "&x=1").getBytes(StandardCharsets.UTF_8);
            }
        }
        return HostileRequest.of("signature-attack/" + kind, Target.OPEN, "POST", PATH, headers, body);
    }

    /**
     * Half signed over the bytes as sent (as Slack signs; the server, reading UTF-8, computes another MAC and refuses
     * them), half over the text the server reads from them, so the broken bytes also reach the parsers.
     */
    private HostileRequest invalidUtf8Signed(byte[] body, String contentType) {
        if (random.nextBoolean()) {
            return signed("invalid-utf8/signed-as-sent", body, contentType);
        }
        String ts = Long.toString(SlackTestServer.nowSeconds());
        byte[] asRead = new String(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        return HostileRequest.of(
                "invalid-utf8/signed-as-read",
                Target.OPEN,
                "POST",
                PATH,
                List.of(
                        Map.entry("Content-Type", contentType),
                        Map.entry("X-Slack-Request-Timestamp", ts),
                        Map.entry("X-Slack-Signature", sign(secret, ts, asRead))),
                body);
    }

    /** A correctly signed body under the given content type. */
    public HostileRequest signed(String category, byte[] body, String contentType) {
        String ts = Long.toString(SlackTestServer.nowSeconds());
        return HostileRequest.of(
                category,
                Target.OPEN,
                "POST",
                PATH,
                List.of(
                        Map.entry("Content-Type", contentType),
                        Map.entry("X-Slack-Request-Timestamp", ts),
                        Map.entry("X-Slack-Signature", sign(secret, ts, body))),
                body);
    }

    private HostileRequest signedForm(String category, Map<String, String> form) {
        return signed(category, SlackTestServer.encode(form).getBytes(StandardCharsets.UTF_8), FORM);
    }

    /** Slack's v0 signature, over the bytes as sent. */
    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode validInteraction() {
        return switch (random.nextInt(4)) {
            case 0 ->
                (ObjectNode) tree(SlackPayloads.blockAction("where-ai.command.vram", "vram 13b", goodResponseUrl));
            case 1 -> (ObjectNode) tree(SlackPayloads.blockAction("where-ai.share", "compare 1 2a", goodResponseUrl));
            case 2 -> (ObjectNode) tree(SlackPayloads.blockAction("where-ai.questionnaire", "x", goodResponseUrl));
            default ->
                (ObjectNode) tree(SlackPayloads.viewSubmission(
                        pick("", "{", "C1|sv", "{\"channel\":\"C1\"}", randomAscii(30)),
                        Map.of(
                                "q1",
                                SlackPayloads.selected(pick("x", "", "2a")),
                                "q2",
                                SlackPayloads.typed(words(4)))));
        };
    }

    private void removeNested(ObjectNode root) {
        if (root.get("view") instanceof ObjectNode view && random.nextBoolean()) {
            view.remove(pick("state", "callback_id", "private_metadata", "id"));
        }
        if (root.get("actions") instanceof ArrayNode actions
                && actions.get(0) instanceof ObjectNode action
                && random.nextBoolean()) {
            action.remove(pick("action_id", "value", "type"));
        }
        if (root.get("user") instanceof ObjectNode user && random.nextBoolean()) {
            user.remove("id");
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String manyParameters() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            body.append("p").append(i).append("=").append(i).append('&');
        }
        return body.toString();
    }

    private String hugeWords(int size) {
        StringBuilder text = new StringBuilder(size + 32);
        String[] vocabulary = {
            "vram",
            "70b",
            "patient",
            "records",
            "groq",
            "compare",
            "<!channel>",
            "ö",
            "🙂",
            "kostnad",
            "800",
            "users",
            "\u0000",
            "a".repeat(200)
        };
        while (text.length() < size) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        return text.toString();
    }

    private String words(int n) {
        String[] vocabulary = {"vram", "13b", "compare", "patient", "data", "groq", "budget", "hjälp", "vad", "kostar"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        return text.toString().strip();
    }

    private String randomAscii(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (32 + random.nextInt(95)));
        }
        return text.toString();
    }

    private String ts() {
        return "17000" + (10_000 + random.nextInt(89_999)) + ".000" + (100 + random.nextInt(899));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
