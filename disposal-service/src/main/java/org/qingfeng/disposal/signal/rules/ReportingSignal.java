package org.qingfeng.disposal.signal.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.contracts.intake.ReportingCycle;

/**
 * A reporting unit that did not keep a report: it filed after the window closed ({@code LATE}), or
 * nothing by its last day ({@code MISSING}). A report on time is no signal.
 *
 * <p>A late report replaces the unit's "missing" signal for the period; a "missing" arriving after
 * "late" (a replay of the topic before compaction) changes nothing, nor does the same state again.
 * Intake never publishes "on time" after "missing" for a period.
 */
public record ReportingSignal(
        String unitCode,
        ReportingCycle cycle,
        String period,
        LocalDate closesOn,
        ComplianceState state,
        @Nullable Instant filedAt) {

    public static Optional<ReportingSignal> of(ReportingComplianceChanged changed) {
        if (changed.state() == ComplianceState.ON_TIME) {
            return Optional.empty();
        }
        return Optional.of(new ReportingSignal(
                changed.unitCode(),
                changed.cycle(),
                changed.period(),
                changed.closesOn(),
                changed.state(),
                changed.filedAt()));
    }

    /** One signal per unit and period, as the topic is keyed. */
    public String id() {
        return unitCode + "|" + period;
    }

    /** A signal replaces the stored one of its unit and period only if this is higher. */
    public int precedence() {
        return state == ComplianceState.LATE ? 1 : 0;
    }
}
