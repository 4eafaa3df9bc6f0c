package org.qingfeng.analysis;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import org.qingfeng.analysis.assessment.rules.Thresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code analysis.*}.
 *
 * @param zone the zone in which an item's month and year are reckoned
 * @param ackTimeout how long a triage decision waits for the broker's acknowledgement
 * @param retryAfter the {@code Retry-After} of a {@code 503} when the broker did not acknowledge
 * @param complianceMaxDays the longest range {@code GET /api/compliance} answers, in days
 * @param networkRefresh how old the in-memory copy of the network that scopes are checked against
 *     may grow before it is read again; the instance that projects a change drops its copy at once
 */
@ConfigurationProperties("analysis")
public record AnalysisProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("5s") Duration ackTimeout,
        @DefaultValue("10s") Duration retryAfter,
        @DefaultValue("366") int complianceMaxDays,
        @DefaultValue("30s") Duration networkRefresh,
        @DefaultValue Assessment assessment,
        @DefaultValue Kafka kafka) {

    /** @param replicationFactor of the topics this service declares */
    public record Kafka(@DefaultValue("1") short replicationFactor) {}

    /**
     * The thresholds of the informants' assessment; the method itself (what counts, the score) is
     * {@code assessment-1}.
     *
     * @param timelyWorkingDays an item is timely when received within this many working days after
     *     the day it happened
     */
    public record Assessment(
            @DefaultValue("5") int timelyWorkingDays,
            @DefaultValue Commend commend,
            @DefaultValue Dismiss dismiss) {

        public Thresholds thresholds() {
            return new Thresholds(
                    timelyWorkingDays,
                    commend.minItems(),
                    commend.minAdoptedShare(),
                    commend.minTimelyShare(),
                    dismiss.minMalicious(),
                    dismiss.minItems(),
                    dismiss.minFalseShare(),
                    dismiss.silentWholeYear());
        }
    }

    /** COMMEND: at least {@code minItems}, both shares at least as given, nothing malicious. */
    public record Commend(
            @DefaultValue("3") int minItems,
            @DefaultValue("0.6") BigDecimal minAdoptedShare,
            @DefaultValue("0.8") BigDecimal minTimelyShare) {}

    /**
     * DISMISS: at least {@code minMalicious} malicious items; or at least {@code minItems} of which
     * the unfounded and malicious make up at least {@code minFalseShare}; or, when {@code
     * silentWholeYear}, an active informant who served a whole past year without a single item.
     */
    public record Dismiss(
            @DefaultValue("1") int minMalicious,
            @DefaultValue("3") int minItems,
            @DefaultValue("0.5") BigDecimal minFalseShare,
            @DefaultValue("true") boolean silentWholeYear) {}
}
