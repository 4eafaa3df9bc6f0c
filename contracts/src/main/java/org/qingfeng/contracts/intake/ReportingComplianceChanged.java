package org.qingfeng.contracts.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a reporting unit kept one expected report. Compacted on {@code unitCode|period}: a report
 * filed after a {@code MISSING} flag replaces it with {@code LATE}. The window's days come from the
 * working-day calendar.
 *
 * @param period {@code 2026-09} for a month, {@code 2026-Q3} for a quarter
 * @param opensOn the first day a report for the period is expected
 * @param closesOn the last day it is on time, moved past holidays and weekends to a working day
 * @param filedAt when the report was filed, null when {@code MISSING}
 * @param nil whether the report said "nothing to report" (无异常情况)
 * @param itemCount how many items the report carried, 0 for a nil or missing report
 */
public record ReportingComplianceChanged(
        UUID eventId,
        Instant occurredAt,
        String unitCode,
        ReportingCycle cycle,
        String period,
        LocalDate opensOn,
        LocalDate closesOn,
        ComplianceState state,
        @Nullable Instant filedAt,
        boolean nil,
        int itemCount) {

    /** The Kafka key: one record per unit and period. */
    public String key() {
        return unitCode + "|" + period;
    }
}
