package org.qingfeng.intake.rhythm;

import java.util.List;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;

/** Where compliance facts are published: {@code intake.reporting-compliance.v1}, compacted on {@code unitCode|period}. */
interface ComplianceLog {

    /** Returns once the broker acknowledged every fact; throws otherwise. */
    void publish(List<ReportingComplianceChanged> facts);
}
