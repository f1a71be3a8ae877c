package com.whereai.slack;

import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.request.Request;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature (v0: HMAC-SHA256 of {@code v0:timestamp:body} with the signing secret), checked the way
 * Bolt's own check does, but with one {@link Mac} per thread: the SDK's verifier looks the algorithm up and formats
 * the digest byte by byte on every request, which cost more than answering it. A request is refused when either header
 * is missing or given twice, when its timestamp is more than five minutes from now either way, or when the signature
 * differs (compared in constant time). Socket Mode requests carry no signature (the WebSocket is authenticated).
 */
final class SlackSignatures {

    static final String SIGNATURE = "X-Slack-Signature";
    static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    private static final long MAX_SKEW_SECONDS = 5 * 60;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Clock clock;
    private final ThreadLocal<Mac> macs;

    SlackSignatures(String signingSecret, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = clock;
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** Whether the request needs no signature (Socket Mode) or carries a valid, fresh one. */
    boolean accepts(Request<?> request) {
        if (request.isSocketMode() || MiddlewareOps.isNoSlackSignatureRequest(request.getRequestType())) {
            return true;
        }
        String signature = single(request.getHeaders().getMultipleValues(SIGNATURE));
        String timestamp = single(request.getHeaders().getMultipleValues(TIMESTAMP));
        String body = request.getRequestBodyAsString();
        return signature != null && timestamp != null && body != null && valid(timestamp, body, signature);
    }

    boolean valid(String timestamp, String body, String signature) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(clock.instant().getEpochSecond() - seconds) > MAX_SKEW_SECONDS) {
            return false;
        }
        Mac mac = macs.get();
        byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
        byte[] expected = ("v0=" + HexFormat.of().formatHex(digest)).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }

    private static String single(List<String> values) {
        return values == null || values.size() != 1 ? null : values.get(0);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
