package org.qingfeng.analysis;

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
        @DefaultValue Kafka kafka) {

    /** @param replicationFactor of the dead-letter topic this service declares */
    public record Kafka(@DefaultValue("1") short replicationFactor) {}
}
