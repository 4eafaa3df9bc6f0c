package org.qingfeng.disposal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.disposal.DisposalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class StepClaimStoreIT extends DisposalIntegrationTest {

    private static final Duration LEASE = Duration.ofSeconds(20);
    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    @Autowired
    private StepClaimStore claims;

    @Test
    void oneClaimantHoldsAStepUntilItsLeasePasses() {
        UUID caseId = UUID.randomUUID();

        assertThat(claims.claim(caseId, 3, "command:reply", NOW, LEASE)).isTrue();
        assertThat(claims.claim(caseId, 3, "disposal-service", NOW.plusSeconds(1), LEASE))
                .as("the clock's escalation loses to the reply that claimed first")
                .isFalse();
        assertThat(claims.claim(caseId, 3, "command:reply", NOW.plusSeconds(2), LEASE))
                .as("the holder may claim again")
                .isTrue();
        assertThat(claims.claim(caseId, 4, "disposal-service", NOW.plusSeconds(2), LEASE))
                .as("the next step is a place of its own")
                .isTrue();
        assertThat(claims.claim(caseId, 3, "disposal-service", NOW.plus(LEASE).plusSeconds(1), LEASE))
                .as("a claim whose publication never came is taken over once the lease passed")
                .isTrue();
        assertThat(claims.claim(caseId, 3, "command:reply", NOW.plus(LEASE).plusSeconds(2), LEASE))
                .as("and then belongs to the one that took it over")
                .isFalse();
    }
}
