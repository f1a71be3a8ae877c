package com.whereai.app.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Conversation and user keys as stored: a short key as it is, a long one (a thread key can be long) as its SHA-256, so
 * it fits the column and the same key always maps to the same row.
 */
final class Keys {

    static final int MAX_LENGTH = 128;

    private Keys() {}

    static String of(String key) {
        if (key.length() <= MAX_LENGTH - 8) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
