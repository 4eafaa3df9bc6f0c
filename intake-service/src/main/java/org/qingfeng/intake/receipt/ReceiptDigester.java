package org.qingfeng.intake.receipt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed digest stored in place of a receipt: HMAC-SHA256 of the canonical receipt, base64url
 * without padding. Without the key, a stolen digest cannot be tested against guesses.
 */
public final class ReceiptDigester {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public ReceiptDigester(String key) {
        if (key.isBlank()) {
            throw new IllegalArgumentException("the receipt key must not be blank");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String digest(Receipt receipt) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(receipt.value().getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
