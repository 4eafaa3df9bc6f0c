package org.qingfeng.intake.channel.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The gateway's proof that a call is its own and fresh: {@code X-Qingfeng-Signature: sha256=<hex of
 * HMAC-SHA256(secret, timestamp + "." + body)>} with {@code X-Qingfeng-Timestamp} in epoch seconds
 * no further than the window from now. Compared in constant time; without a secret nothing verifies.
 */
final class SmsSignature {

    static final String SIGNATURE = "X-Qingfeng-Signature";
    static final String TIMESTAMP = "X-Qingfeng-Timestamp";
    private static final String PREFIX = "sha256=";

    private final byte @Nullable [] secret;
    private final Duration window;
    private final Clock clock;

    SmsSignature(@Nullable String secret, Duration window, Clock clock) {
        this.secret = secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
        this.window = window;
        this.clock = clock;
    }

    boolean verifies(@Nullable String signature, @Nullable String timestamp, byte[] body) {
        if (secret == null || signature == null || timestamp == null || !signature.startsWith(PREFIX)) {
            return false;
        }
        if (!fresh(timestamp.strip())) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.substring(PREFIX.length()).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, mac(secret, timestamp.strip(), body));
    }

    /** The header value a gateway holding {@code secret} sends with {@code body} at {@code timestamp}. */
    static String sign(String secret, String timestamp, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(mac(secret.getBytes(StandardCharsets.UTF_8), timestamp, body));
    }

    private boolean fresh(String timestamp) {
        try {
            Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp));
            return Duration.between(at, clock.instant()).abs().compareTo(window) <= 0;
        } catch (NumberFormatException | DateTimeException e) {
            return false;
        }
    }

    private static byte[] mac(byte[] key, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
