package org.qingfeng.analysis;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code analysis.*}.
 *
 * @param zone the zone in which an item's month is reckoned
 * @param healthTimeout how long a readiness check waits for the broker or the database
 */
@ConfigurationProperties("analysis")
public record AnalysisProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue Kafka kafka,
        @DefaultValue Retry retry,
        @DefaultValue("2s") Duration healthTimeout) {

    /** @param replicationFactor of the dead-letter topic this service declares */
    public record Kafka(@DefaultValue("1") short replicationFactor) {}

    /** How often a failed batch is retried, and how long apart, before its records go to the dead-letter topic. */
    public record Retry(
            @DefaultValue("1s") Duration interval,
            @DefaultValue("3") int attempts) {}
}
