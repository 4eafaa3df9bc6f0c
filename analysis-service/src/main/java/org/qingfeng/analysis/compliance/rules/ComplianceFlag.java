package org.qingfeng.analysis.compliance.rules;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.contracts.intake.ReportingCycle;

/** How one reporting unit kept one expected report, as analysis keeps it. */
public record ComplianceFlag(
        String unitCode,
        ReportingCycle cycle,
        String period,
        LocalDate opensOn,
        LocalDate closesOn,
        ComplianceState state,
        @Nullable Instant filedAt,
        boolean nil,
        int itemCount) {

    public static ComplianceFlag from(ReportingComplianceChanged changed) {
        return new ComplianceFlag(
                changed.unitCode(),
                changed.cycle(),
                changed.period(),
                changed.opensOn(),
                changed.closesOn(),
                changed.state(),
                changed.filedAt(),
                changed.nil(),
                changed.itemCount());
    }

    /** One flag per unit and period, as the topic is keyed. */
    public String id() {
        return unitCode + "|" + period;
    }

    public int precedence() {
        return Precedence.of(state);
    }
}
