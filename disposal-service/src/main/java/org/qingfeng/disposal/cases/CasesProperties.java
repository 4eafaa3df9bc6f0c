package org.qingfeng.disposal.cases;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.disposal.cases.rules.FirstColourSettings;
import org.qingfeng.disposal.cases.rules.Ladder;
import org.qingfeng.disposal.cases.rules.Ladders;
import org.qingfeng.disposal.cases.rules.Rung;
import org.qingfeng.disposal.cases.rules.RungKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code disposal.cases.*}. The ladders and the first-colour policy have their
 * defaults in code ({@link Ladders#defaults()}, {@link FirstColourSettings#defaults()}); a ladder
 * configured here replaces the one of the same id whole, and each figure of the policy set here
 * replaces that figure.
 *
 * @param defaultLadder the ladder DISPOSAL findings and immediate items open on
 * @param immediateAck how long an immediate item's case waits for the acknowledgement of receipt
 * @param recipient who notices go to: the unit itself, or its competent department when it has one
 * @param retryAfter what a {@code 503} tells the caller to wait when the broker did not acknowledge
 */
@ConfigurationProperties("disposal.cases")
public record CasesProperties(
        @DefaultValue("four-colour") String defaultLadder,
        @DefaultValue("PT24H") Duration immediateAck,
        @DefaultValue("UNIT") Recipient recipient,
        @DefaultValue Sweep sweep,
        @DefaultValue("5s") Duration retryAfter,
        @Nullable Map<String, LadderSettings> ladders,
        @DefaultValue FirstColour firstColour) {

    public enum Recipient {
        UNIT,
        COMPETENT_DEPARTMENT
    }

    /**
     * @param enabled whether the schedule runs (tests switch it off and call the sweeper themselves)
     * @param fixedDelay between the end of one sweep and the start of the next
     */
    public record Sweep(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("PT60S") Duration fixedDelay) {}

    public record LadderSettings(int version, List<RungSettings> rungs) {}

    public record RungSettings(
            String code, String name, String english, WarningColour colour, RungKind kind, int workingDays) {}

    /** Each figure left out keeps the default of {@code first-colour-1}. */
    public record FirstColour(
            @Nullable String version,
            @Nullable Map<Severity, Integer> severityPoints,
            @Nullable Map<RiskLevel, Integer> riskPoints,
            @Nullable Integer recurrencePoints,
            @Nullable Integer historyPoints,
            @Nullable WarningColour highestFirst,
            @Nullable Severity immediateSeverity,
            @Nullable Period recurrenceWindow) {}

    public Ladders ladderBook() {
        if (ladders == null) {
            return Ladders.defaults();
        }
        List<Ladder> configured = ladders.entrySet().stream()
                .map(e -> new Ladder(
                        e.getKey(),
                        e.getValue().version(),
                        e.getValue().rungs().stream()
                                .map(r -> new Rung(
                                        r.code(), r.name(), r.english(), r.colour(), r.kind(), r.workingDays()))
                                .toList()))
                .toList();
        return Ladders.defaults().with(configured);
    }

    public FirstColourSettings firstColourSettings() {
        FirstColourSettings d = FirstColourSettings.defaults();
        FirstColour c = firstColour;
        return new FirstColourSettings(
                c.version() == null ? d.version() : c.version(),
                c.severityPoints() == null ? d.severityPoints() : c.severityPoints(),
                c.riskPoints() == null ? d.riskPoints() : c.riskPoints(),
                c.recurrencePoints() == null ? d.recurrencePoints() : c.recurrencePoints(),
                c.historyPoints() == null ? d.historyPoints() : c.historyPoints(),
                c.highestFirst() == null ? d.highestFirst() : c.highestFirst(),
                c.immediateSeverity() == null ? d.immediateSeverity() : c.immediateSeverity(),
                c.recurrenceWindow() == null ? d.recurrenceWindow() : c.recurrenceWindow());
    }
}
