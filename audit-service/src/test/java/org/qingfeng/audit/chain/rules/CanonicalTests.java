package org.qingfeng.audit.chain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.audit.AuditFixtures;

class CanonicalTests {

    @Test
    void tellsAMissingValueFromAnEmptyOne() {
        AuditFields missing = withDetail(null);
        AuditFields empty = withDetail("");

        assertThat(Canonical.encode(1, missing)).isNotEqualTo(Canonical.encode(1, empty));
    }

    @Test
    void keepsFieldBoundaries() {
        AuditFields f = AuditFixtures.anyFields(1);
        AuditFields ab = new AuditFields(
                f.eventId(),
                f.occurredAt(),
                "ab",
                "c",
                f.actorRoles(),
                f.actorNode(),
                f.action(),
                f.targetType(),
                f.targetId(),
                f.scopeNode(),
                f.reason(),
                f.outcome(),
                f.detail());
        AuditFields bc = new AuditFields(
                f.eventId(),
                f.occurredAt(),
                "a",
                "bc",
                f.actorRoles(),
                f.actorNode(),
                f.action(),
                f.targetType(),
                f.targetId(),
                f.scopeNode(),
                f.reason(),
                f.outcome(),
                f.detail());

        assertThat(Canonical.encode(1, ab)).isNotEqualTo(Canonical.encode(1, bc));
    }

    @Test
    void hashesTheSeqTheTimeToTheMillisecondAndTheLink() {
        AuditFields f = AuditFixtures.anyFields(3);
        AuditFields finer = new AuditFields(
                f.eventId(),
                f.occurredAt().plusNanos(1_000),
                f.service(),
                f.actor(),
                f.actorRoles(),
                f.actorNode(),
                f.action(),
                f.targetType(),
                f.targetId(),
                f.scopeNode(),
                f.reason(),
                f.outcome(),
                f.detail());

        assertThat(ChainLink.hash(ChainLink.GENESIS, 1, f)).isEqualTo(ChainLink.hash(ChainLink.GENESIS, 1, finer));
        assertThat(ChainLink.hash(ChainLink.GENESIS, 1, f)).isNotEqualTo(ChainLink.hash(ChainLink.GENESIS, 2, f));
        assertThat(ChainLink.hash(ChainLink.GENESIS, 1, f))
                .isNotEqualTo(ChainLink.hash("1" + ChainLink.GENESIS.substring(1), 1, f))
                .hasSize(64);
    }

    @Test
    void verifiesItsOwnAnchorLinesAndNoEditedOne() {
        Anchor anchor = new Anchor(1000, "ab".repeat(32), Instant.parse("2026-11-21T06:30:00Z"));
        String line = ChainFixtures.SIGNER.line(anchor);

        assertThat(ChainFixtures.SIGNER.verified(line)).contains(anchor);
        assertThat(ChainFixtures.SIGNER.verified(line.replace(" 1000 ", " 1001 ")))
                .isEmpty();
        assertThat(ChainFixtures.SIGNER.verified("not an anchor")).isEmpty();
    }

    private static AuditFields withDetail(String detail) {
        AuditFields f = AuditFixtures.anyFields(2);
        return new AuditFields(
                f.eventId(),
                f.occurredAt(),
                f.service(),
                f.actor(),
                List.copyOf(f.actorRoles()),
                f.actorNode(),
                f.action(),
                f.targetType(),
                f.targetId(),
                f.scopeNode(),
                f.reason(),
                f.outcome(),
                detail);
    }
}
