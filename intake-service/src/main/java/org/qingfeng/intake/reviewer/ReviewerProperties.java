package org.qingfeng.intake.reviewer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reviewer names under {@code intake.reviewers.*}.
 *
 * @param recheckDays how far back the items are checked again when a reviewer registers or changes
 *     names: items older than this stay as they were judged
 * @param recheckBatch how many stored items are opened and checked at a time during that re-check
 */
@ConfigurationProperties("intake.reviewers")
record ReviewerProperties(
        @DefaultValue("120") int recheckDays,
        @DefaultValue("500") int recheckBatch) {

    ReviewerProperties {
        if (recheckDays < 0) {
            throw new IllegalArgumentException("intake.reviewers.recheck-days must not be negative");
        }
        if (recheckBatch < 1) {
            throw new IllegalArgumentException("intake.reviewers.recheck-batch must be positive");
        }
    }

    Duration recheck() {
        return Duration.ofDays(recheckDays);
    }
}
