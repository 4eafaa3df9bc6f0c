package org.qingfeng.intake.sealing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed, one-way names for people: the informant's token that other services see, and digests that
 * let intake find a person by a value (a phone number, a name) without storing the value readable.
 * HMAC-SHA256 under a key only intake holds: without it, guessing a phone number and hashing it does
 * not match anything.
 */
public final class Pseudonyms {

    /** Crockford base32: no I, L, O or U. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final int TOKEN_CHARS = 26;

    private final SecretKeySpec key;

    public Pseudonyms(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the pseudonym key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /**
     * The informant's token: {@code inf-} and 26 Crockford base32 characters (130 bits) of the HMAC of
     * the informant's number. Stable for as long as the key is.
     */
    public String informantToken(String informantNumber) {
        byte[] mac = mac("informant:" + normalised(informantNumber));
        return "inf-" + base32(mac, TOKEN_CHARS);
    }

    /** A keyed digest of a value of one kind, such as {@code digest("phone", "13800000000")}, base64url. */
    public String digest(String kind, String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(kind + ":" + normalised(value)));
    }

    /** Full-width forms folded (NFKC), spaces removed, letters upper-cased: how values are compared. */
    public static String normalised(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .toUpperCase(Locale.ROOT);
    }

    private byte[] mac(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String base32(byte[] bytes, int chars) {
        StringBuilder out = new StringBuilder(chars);
        int buffer = 0;
        int bits = 0;
        int index = 0;
        while (out.length() < chars) {
            if (bits < 5) {
                buffer = (buffer << 8) | (bytes[index++] & 0xff);
                bits += 8;
            }
            out.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
        return out.toString();
    }
}
