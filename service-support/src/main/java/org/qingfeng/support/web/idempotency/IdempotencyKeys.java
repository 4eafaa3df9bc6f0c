package org.qingfeng.support.web.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The header and what a key is stored under: 1 to 255 visible ASCII characters, scoped by the
 * caller, the method and the path so that two callers (or two endpoints) choosing the same key
 * never meet. Only a digest of the scope and key is stored, never the subject or the key itself.
 */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_LENGTH = 255;

    private IdempotencyKeys() {}

    static boolean wellFormed(String key) {
        return !key.isEmpty() && key.length() <= MAX_LENGTH && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** The stored id of {@code key} sent by {@code subject} with {@code method} to {@code path}. */
    static String id(String subject, String method, String path, String key) {
        return sha256Hex(String.join("\n", subject, method, path, key).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
