package org.qingfeng.audit.chain.rules;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Anchor lines of the witness file, each signed with HMAC-SHA256 under a key the database never
 * holds: {@code v1 <seq> <hash> <at> <hmac>}, the HMAC taken over the line before it (UTF-8, single
 * spaces). Whoever rewrites the database and the file still cannot write an anchor that verifies.
 */
public final class AnchorSigner {

    private static final String VERSION = "v1";
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;

    public AnchorSigner(byte[] key) {
        if (key.length == 0) {
            throw new IllegalArgumentException("the anchor key must not be empty");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    public static AnchorSigner withKey(String key) {
        return new AnchorSigner(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The signed line for the witness file, without a line break. */
    public String line(Anchor anchor) {
        String body = body(anchor);
        return body + " " + sign(body);
    }

    /** The anchor a line holds, if it reads and its signature is this key's. */
    public Optional<Anchor> verified(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            Anchor anchor = new Anchor(Long.parseLong(parts[1]), parts[2], Instant.parse(parts[3]));
            boolean valid = MessageDigest.isEqual(
                    sign(body(anchor)).getBytes(StandardCharsets.US_ASCII),
                    parts[4].getBytes(StandardCharsets.US_ASCII));
            return valid ? Optional.of(anchor) : Optional.empty();
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String body(Anchor anchor) {
        return VERSION + " " + anchor.seq() + " " + anchor.hash() + " " + anchor.at();
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HEX.formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
