package org.qingfeng.intake.item.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.qingfeng.contracts.intake.ItemDetails;

/**
 * What a retried submission must repeat: SHA-256 over what the item says. An idempotency key that
 * comes back with another fingerprint is a different submission, refused rather than merged.
 */
public final class ItemFingerprint {

    private ItemFingerprint() {}

    public static String of(ItemDetails item) {
        String canonical = String.join(
                "\u001f",
                item.regionCode(),
                item.unitCode(),
                item.subjectArea(),
                String.valueOf(item.riskCategory()),
                item.urgency().name(),
                item.channel().name(),
                item.description(),
                Objects.toString(item.occurredOn(), ""));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
