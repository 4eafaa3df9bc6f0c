package org.qingfeng.intake.receipt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Receipts as intake stores them: the locator under a keyed digest (HMAC-SHA256), to find the item;
 * the whole receipt under a salted slow hash (PBKDF2-HMAC-SHA256), to check it. The slow hash is
 * peppered with the same key, so a copy of the store without the key tests no guess at all, and with
 * the key each guess of the 80 secret bits still costs {@code iterations} rounds.
 *
 * <p>Stored form: {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, Base64url without padding. The
 * iteration count travels with each hash, so raising it later leaves old receipts checkable.
 */
public final class ReceiptHasher {

    static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public ReceiptHasher(String key, int iterations) {
        if (key.isBlank()) {
            throw new IllegalArgumentException("the receipt key must not be blank");
        }
        if (iterations < 1000) {
            throw new IllegalArgumentException("a receipt hash needs at least 1000 iterations, not " + iterations);
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.iterations = iterations;
    }

    /** A fresh random receipt with its stored forms. */
    public IssuedReceipt issue() {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return issued(Receipt.issue(random), salt);
    }

    /**
     * The receipt of a retried submission: derived from the submission's idempotency scope under the
     * key, so every retry of one submission hands out the same receipt and writes the same record,
     * and no one without the key can derive it.
     */
    public IssuedReceipt derive(String scope) {
        byte[] seed = mac("receipt-seed:" + scope);
        byte[] salt = java.util.Arrays.copyOf(mac("receipt-salt:" + scope), SALT_BYTES);
        return issued(Receipt.of(seed), salt);
    }

    /** The keyed digest of a receipt's locator, the key of the receipt index. */
    public String locator(Receipt receipt) {
        return B64.encodeToString(mac("locator:" + receipt.locator()));
    }

    /** Whether {@code stored} is this receipt's slow hash; false for anything malformed. */
    public boolean matches(Receipt receipt, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        Optional<Integer> rounds = parseRounds(parts[1]);
        if (rounds.isEmpty()) {
            return false;
        }
        try {
            byte[] expected = B64D.decode(parts[3]);
            byte[] actual = pbkdf2(receipt, B64D.decode(parts[2]), rounds.get());
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public int iterations() {
        return iterations;
    }

    private IssuedReceipt issued(Receipt receipt, byte[] salt) {
        String hash = SCHEME + "$" + iterations + "$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(pbkdf2(receipt, salt, iterations));
        return new IssuedReceipt(receipt, locator(receipt), hash);
    }

    private byte[] pbkdf2(Receipt receipt, byte[] salt, int rounds) {
        char[] peppered = B64.encodeToString(mac("secret:" + receipt.value())).toCharArray();
        try {
            PBEKeySpec spec = new PBEKeySpec(peppered, salt, rounds, HASH_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        }
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

    private static Optional<Integer> parseRounds(String text) {
        try {
            int rounds = Integer.parseInt(text);
            return rounds >= 1000 && rounds <= 10_000_000 ? Optional.of(rounds) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
