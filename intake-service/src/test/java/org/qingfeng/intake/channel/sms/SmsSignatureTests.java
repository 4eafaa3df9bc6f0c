package org.qingfeng.intake.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SmsSignatureTests {

    private static final Instant NOW = Instant.parse("2026-11-03T01:00:00Z");
    private static final String SECRET = "a-gateway-secret";
    private static final byte[] BODY =
            "{\"messageId\":\"m-1\",\"from\":\"13900000000\",\"text\":\"问题\"}".getBytes(StandardCharsets.UTF_8);

    private final SmsSignature signature =
            new SmsSignature(SECRET, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aCallSignedWithTheSecretWithinTheWindowVerifies() {
        String at = String.valueOf(NOW.minusSeconds(299).getEpochSecond());

        assertThat(signature.verifies(SmsSignature.sign(SECRET, at, BODY), at, BODY))
                .isTrue();
    }

    @Test
    void aStaleOrFutureTimestampIsRefusedEvenWhenSigned() {
        String stale = String.valueOf(NOW.minusSeconds(301).getEpochSecond());
        String future = String.valueOf(NOW.plusSeconds(301).getEpochSecond());

        assertThat(signature.verifies(SmsSignature.sign(SECRET, stale, BODY), stale, BODY))
                .isFalse();
        assertThat(signature.verifies(SmsSignature.sign(SECRET, future, BODY), future, BODY))
                .isFalse();
    }

    @Test
    void anotherSecretAnotherBodyOrAMalformedHeaderIsRefused() {
        String at = String.valueOf(NOW.getEpochSecond());
        byte[] other = "{\"messageId\":\"m-2\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(signature.verifies(SmsSignature.sign("another-secret", at, BODY), at, BODY))
                .isFalse();
        assertThat(signature.verifies(SmsSignature.sign(SECRET, at, BODY), at, other))
                .isFalse();
        assertThat(signature.verifies("sha256=zz", at, BODY)).isFalse();
        assertThat(signature.verifies(SmsSignature.sign(SECRET, at, BODY).substring(7), at, BODY))
                .isFalse();
        assertThat(signature.verifies(SmsSignature.sign(SECRET, at, BODY), "yesterday", BODY))
                .isFalse();
        assertThat(signature.verifies(null, at, BODY)).isFalse();
    }

    @Test
    void withoutASecretNothingVerifies() {
        SmsSignature unset = new SmsSignature(" ", Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
        String at = String.valueOf(NOW.getEpochSecond());

        assertThat(unset.verifies(SmsSignature.sign(" ", at, BODY), at, BODY)).isFalse();
    }
}
