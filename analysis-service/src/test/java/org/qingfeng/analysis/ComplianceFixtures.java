package org.qingfeng.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.contracts.intake.ReportingCycle;

/** Compliance flags as intake's rhythm publishes them, ids derived from unit, period and state. */
public final class ComplianceFixtures {

    private ComplianceFixtures() {}

    /** A township's September 2026 report, window 1–8 October. */
    public static ReportingComplianceChanged september(String unitCode, ComplianceState state) {
        Instant filedAt =
                switch (state) {
                    case ON_TIME -> Instant.parse("2026-10-05T02:00:00Z");
                    case LATE -> Instant.parse("2026-10-09T01:30:00Z");
                    case MISSING -> null;
                };
        return flag(
                unitCode,
                ReportingCycle.TOWNSHIP_MONTHLY,
                "2026-09",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 8),
                state,
                filedAt);
    }

    public static ReportingComplianceChanged flag(
            String unitCode,
            ReportingCycle cycle,
            String period,
            LocalDate opensOn,
            LocalDate closesOn,
            ComplianceState state,
            @Nullable Instant filedAt) {
        return new ReportingComplianceChanged(
                EventIds.derive("reporting-compliance-changed", unitCode + "|" + period + "#" + state),
                filedAt == null ? closesOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC) : filedAt,
                unitCode,
                cycle,
                period,
                opensOn,
                closesOn,
                state,
                filedAt,
                state != ComplianceState.MISSING,
                0);
    }
}
