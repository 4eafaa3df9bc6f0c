package org.qingfeng.disposal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.contracts.intake.ReportingCycle;

/** Compliance changes as intake's rhythm publishes them, ids derived from unit, period and state. */
public final class ComplianceFixtures {

    private ComplianceFixtures() {}

    /** A township's report for {@code period}, its window closing on {@code closesOn}. */
    public static ReportingComplianceChanged monthly(
            String unitCode, String period, LocalDate closesOn, ComplianceState state) {
        Instant filedAt =
                switch (state) {
                    case ON_TIME -> closesOn.minusDays(2).atTime(2, 0).toInstant(ZoneOffset.UTC);
                    case LATE -> closesOn.plusDays(1).atTime(1, 30).toInstant(ZoneOffset.UTC);
                    case MISSING -> null;
                };
        return changed(unitCode, ReportingCycle.TOWNSHIP_MONTHLY, period, closesOn, state, filedAt);
    }

    public static ReportingComplianceChanged changed(
            String unitCode,
            ReportingCycle cycle,
            String period,
            LocalDate closesOn,
            ComplianceState state,
            @Nullable Instant filedAt) {
        return new ReportingComplianceChanged(
                EventIds.derive("reporting-compliance-changed", unitCode + "|" + period + "#" + state),
                filedAt == null ? closesOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC) : filedAt,
                unitCode,
                cycle,
                period,
                closesOn.withDayOfMonth(1),
                closesOn,
                state,
                filedAt,
                false,
                0);
    }
}
