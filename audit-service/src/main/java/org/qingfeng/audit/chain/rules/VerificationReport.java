package org.qingfeng.audit.chain.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the verifier saw: how many records (seq {@code firstSeq} to {@code lastSeq}), how many
 * witnessed anchor lines and stored anchors it checked, and what it found, in seq order.
 */
public record VerificationReport(
        long records, long firstSeq, long lastSeq, int witnessedAnchors, int storedAnchors, List<Finding> findings) {

    public VerificationReport {
        findings = List.copyOf(findings);
    }

    public boolean intact() {
        return findings.isEmpty();
    }

    /** Findings per kind, every kind listed. */
    public Map<Finding.Kind, Integer> counts() {
        Map<Finding.Kind, Integer> counts = new EnumMap<>(Finding.Kind.class);
        for (Finding.Kind kind : Finding.Kind.values()) {
            counts.put(kind, 0);
        }
        findings.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
        return counts;
    }
}
