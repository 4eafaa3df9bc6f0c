package org.qingfeng.intake.rhythm.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;

/**
 * When one report of one unit is expected. A report filed from the period's start to the end of
 * {@code closesOn} is on time; {@code opensOn} is when the window is announced and reminded of.
 */
public record ReportingWindow(ReportingUnit unit, ReportingPeriod period, LocalDate opensOn, LocalDate closesOn) {

    /** The key of the window's compliance record and of its topic: {@code unitCode|period}. */
    public String key() {
        return keyOf(unit.code(), period.label());
    }

    public static String keyOf(String unitCode, String period) {
        return unitCode + "|" + period;
    }

    /** The first instant after the window's last day. */
    public Instant endsAt(ZoneId zone) {
        return closesOn.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * A filed report. The event id is derived from the window and the state, so a second copy of the
     * same fact is recognisably the same.
     */
    public ReportingComplianceChanged filed(ComplianceState state, Instant filedAt, boolean nil, int itemCount) {
        return event(state, filedAt, filedAt, nil, itemCount);
    }

    /**
     * Nothing was filed. Stamped with the instant the window ended, so that every instance that notices
     * publishes the identical event.
     */
    public ReportingComplianceChanged missing(ZoneId zone) {
        return event(ComplianceState.MISSING, endsAt(zone), null, false, 0);
    }

    private ReportingComplianceChanged event(
            ComplianceState state, Instant occurredAt, @Nullable Instant filedAt, boolean nil, int itemCount) {
        return new ReportingComplianceChanged(
                EventIds.derive(Topics.REPORTING_COMPLIANCE.eventType(), key() + "#" + state),
                occurredAt,
                unit.code(),
                unit.cycle(),
                period.label(),
                opensOn,
                closesOn,
                state,
                filedAt,
                nil,
                itemCount);
    }
}
