package org.qingfeng.intake.dedup.rules;

import java.time.Duration;

/**
 * A version of the detection method: how texts are signed and banded (fixed by the version, since
 * stored signatures and buckets depend on them) and where the relations start (thresholds that a
 * deployment may tune under {@code intake.dedup.*} without re-signing anything).
 *
 * @param name the version written into every {@code ItemMatched}, such as {@code minhash-lsh-1}
 * @param permutations MinHash permutations, {@code bands × rows}
 * @param seed the seed of the permutations; fixed, so signatures agree across machines and restarts
 * @param bands LSH bands
 * @param rows rows per band
 * @param sameIncident bigram Jaccard from which a report in the same place about the same unit,
 *     within {@code incidentWindow}, is the same incident reported again
 * @param sameProblem bigram Jaccard from which a report from another place or about another unit is
 *     the same problem elsewhere
 * @param incidentWindow how far apart in time two reports of one incident may be
 */
public record DedupMethod(
        String name,
        int permutations,
        long seed,
        int bands,
        int rows,
        double sameIncident,
        double sameProblem,
        Duration incidentWindow) {

    /**
     * 126 permutations in 42 bands of 3 rows. The S-curve {@code 1 − (1 − s³)^42} is steepest near
     * (1/42)^(1/3) ≈ 0.29, on purpose below the thresholds: a pair at Jaccard 0.45 becomes a candidate
     * with probability 0.98, at 0.5 with 0.996, while one at 0.2 does with 0.29 and at 0.1 with 0.04;
     * the exact Jaccard then decides. (32 × 4 would find a pair at 0.45 only 74% of the time.)
     *
     * <p>Both thresholds are 0.45, set on the labelled set in the tests ({@code dedup/labelled-pairs.tsv}):
     * there, unrelated reports about the same place, unit or topic reached at most 0.26 and reworded
     * or relocated reports mostly 0.48 and above; heavy rewording (0.17–0.41) is missed. The same
     * incident also needs the same place, unit and time window, so it needs no higher bar than a link.
     */
    public static final DedupMethod MINHASH_LSH_1 =
            new DedupMethod("minhash-lsh-1", 126, 0x5152_4656_4445_4450L, 42, 3, 0.45, 0.45, Duration.ofDays(90));

    public DedupMethod {
        if (permutations != bands * rows) {
            throw new IllegalArgumentException("permutations must be bands × rows");
        }
        if (!(sameIncident > 0 && sameIncident <= 1 && sameProblem > 0 && sameProblem <= 1)) {
            throw new IllegalArgumentException("thresholds must lie in (0, 1]");
        }
        if (incidentWindow.isNegative() || incidentWindow.isZero()) {
            throw new IllegalArgumentException("the incident window must be positive");
        }
    }

    /** The same signing and banding with other thresholds: tuning, not a new version. */
    public DedupMethod withThresholds(double sameIncident, double sameProblem, Duration incidentWindow) {
        return new DedupMethod(name, permutations, seed, bands, rows, sameIncident, sameProblem, incidentWindow);
    }

    public MinHash minHash() {
        return new MinHash(permutations, seed);
    }

    public Lsh lsh() {
        return new Lsh(bands, rows);
    }
}
