package org.qingfeng.intake.dedup;

import java.time.Duration;
import org.qingfeng.intake.dedup.rules.DedupMethod;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Duplicate detection under {@code intake.dedup.*}: the thresholds of {@code minhash-lsh-1} (its
 * signing and banding are fixed by the version) and how long a bucket's list may grow.
 *
 * @param sameIncident bigram Jaccard from which a report in the same place about the same unit is the same incident
 * @param sameProblem bigram Jaccard from which a report elsewhere or about another unit is the same problem
 * @param incidentWindow how far apart two reports of one incident may be submitted
 * @param bucketCap the most items an LSH bucket keeps; the oldest are dropped beyond it
 * @param maxCandidates the most earlier items one item is compared with: those sharing the most LSH
 *     buckets with it. A flood of one text puts hundreds of items in the same buckets; a true
 *     duplicate shares far more buckets than a chance candidate, so the shortlist keeps it.
 */
@ConfigurationProperties("intake.dedup")
public record DedupProperties(
        @DefaultValue("0.45") double sameIncident,
        @DefaultValue("0.45") double sameProblem,
        @DefaultValue("90d") Duration incidentWindow,
        @DefaultValue("200") int bucketCap,
        @DefaultValue("32") int maxCandidates) {

    public DedupProperties {
        method(sameIncident, sameProblem, incidentWindow);
        if (bucketCap < 1) {
            throw new IllegalArgumentException("intake.dedup.bucket-cap must be positive");
        }
        if (maxCandidates < 1) {
            throw new IllegalArgumentException("intake.dedup.max-candidates must be positive");
        }
    }

    public DedupMethod method() {
        return method(sameIncident, sameProblem, incidentWindow);
    }

    private static DedupMethod method(double sameIncident, double sameProblem, Duration incidentWindow) {
        return DedupMethod.MINHASH_LSH_1.withThresholds(sameIncident, sameProblem, incidentWindow);
    }
}
