package org.qingfeng.analysis.register;

import java.time.Duration;
import org.qingfeng.analysis.register.rules.Standing;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the risk-point register, under {@code analysis.register.*}.
 *
 * @param firingDays a point fires on items tagged to it on the last this many days, today included
 * @param firingMin how many such items make it firing
 * @param levelsRefresh how old the in-memory levels per unit ({@code RiskLevels}) may grow on an
 *     instance that did not project the change itself
 * @param maxRows the most data rows an imported sheet may have
 */
@ConfigurationProperties("analysis.register")
record RegisterProperties(
        @DefaultValue("90") int firingDays,
        @DefaultValue("1") int firingMin,
        @DefaultValue("30s") Duration levelsRefresh,
        @DefaultValue("2000") int maxRows) {

    Standing.Window window() {
        return new Standing.Window(firingDays, firingMin);
    }
}
