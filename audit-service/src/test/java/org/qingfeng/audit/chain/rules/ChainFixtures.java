package org.qingfeng.audit.chain.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.qingfeng.audit.AuditFixtures;

/** A chain of {@code n} records built as the service builds it, with its signed anchor lines. */
record ChainFixtures(List<ChainLink> records, List<String> witnessLines, List<Anchor> storedAnchors) {

    static final AnchorSigner SIGNER = AnchorSigner.withKey("test-anchor-key");

    static ChainFixtures anyChain(int n, int anchorEvery) {
        List<ChainLink> records = Chain.empty()
                .next(LongStream.rangeClosed(1, n)
                        .mapToObj(AuditFixtures::anyFields)
                        .toList());
        List<Anchor> anchors = new ArrayList<>();
        records.stream()
                .filter(link -> link.seq() % anchorEvery == 0)
                .forEach(link -> anchors.add(new Anchor(
                        link.seq(),
                        link.hash(),
                        Instant.parse("2026-11-02T00:00:00Z").plusSeconds(link.seq()))));
        return new ChainFixtures(records, anchors.stream().map(SIGNER::line).toList(), anchors);
    }

    /** A copy to tamper with, leaving this chain as it was. */
    ChainFixtures copy() {
        return new ChainFixtures(
                new ArrayList<>(records), new ArrayList<>(witnessLines), new ArrayList<>(storedAnchors));
    }
}
