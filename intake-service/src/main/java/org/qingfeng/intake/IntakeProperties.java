package org.qingfeng.intake;

import java.time.Duration;
import java.util.List;
import org.qingfeng.intake.submission.rules.SubjectArea;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of intake-service, under {@code intake.*}.
 *
 * @param subjectAreas the catalogue a submission's subject area must come from
 * @param maxSubmissionSize the largest body {@code POST /api/items} reads
 * @param receiptKey the key of receipt locators and the pepper of their slow hashes ({@code INTAKE_RECEIPT_KEY}); a local key when blank
 * @param receiptHashIterations PBKDF2 rounds of each receipt's slow hash; stored with the hash, so raising it keeps old receipts valid
 * @param ackTimeout how long a request waits for the broker to acknowledge what it wrote
 * @param retryAfter what a {@code 503} tells the client to wait before trying again
 */
@ConfigurationProperties("intake")
public record IntakeProperties(
        List<SubjectArea> subjectAreas,
        @DefaultValue("64KB") DataSize maxSubmissionSize,
        String receiptKey,
        @DefaultValue("5000") int receiptHashIterations,
        @DefaultValue("5s") Duration ackTimeout,
        @DefaultValue("10s") Duration retryAfter,
        @DefaultValue Kafka kafka) {

    /** Only for running on a developer's machine: anyone reading this file can check receipts. */
    static final String LOCAL_RECEIPT_KEY = "qingfeng-local-receipt-key-not-for-production";

    /** Fills what is not configured: the default catalogue and, on a developer's machine, a local key. */
    public IntakeProperties {
        subjectAreas =
                subjectAreas == null || subjectAreas.isEmpty() ? SubjectArea.DEFAULTS : List.copyOf(subjectAreas);
        receiptKey = receiptKey == null || receiptKey.isBlank() ? LOCAL_RECEIPT_KEY : receiptKey;
        positive(ackTimeout, "intake.ack-timeout");
        positive(retryAfter, "intake.retry-after");
    }

    public boolean usesLocalReceiptKey() {
        return LOCAL_RECEIPT_KEY.equals(receiptKey);
    }

    private static void positive(Duration value, String name) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    /** @param replicationFactor of every topic intake declares: 1 locally, 3 in production */
    public record Kafka(@DefaultValue("1") short replicationFactor) {}
}
