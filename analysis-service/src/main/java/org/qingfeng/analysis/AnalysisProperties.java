package org.qingfeng.analysis;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code analysis.*}.
 *
 * @param zone the zone in which an item's month is reckoned
 */
@ConfigurationProperties("analysis")
public record AnalysisProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue Kafka kafka,
        @DefaultValue Retry retry) {

    /**
     * @param replicationFactor of the dead-letter topic this service declares
     * @param healthTimeout how long the readiness check waits for the broker
     */
    public record Kafka(
            @DefaultValue("1") short replicationFactor,
            @DefaultValue("2s") Duration healthTimeout) {}

    /** How often a failed batch is retried, and how long apart, before its records go to the dead-letter topic. */
    public record Retry(
            @DefaultValue("1s") Duration interval,
            @DefaultValue("3") int attempts) {}
}
