package org.qingfeng.intake.rhythm;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;

/**
 * The {@code reporting_compliance} projection, one record per {@code unitCode|period}. Writes follow
 * {@link org.qingfeng.intake.rhythm.rules.ComplianceRank}: a report replaces a missing flag, nothing
 * replaces an on-time report, and a copy changes nothing.
 */
interface ComplianceRecords {

    /** The records of those keys that have one. */
    Map<String, ComplianceRecord> find(Collection<String> keys);

    void apply(List<ReportingComplianceChanged> facts);

    /** The filed reports (on time or late) stored under those keys, as the facts that recorded them. */
    List<ReportingComplianceChanged> filed(Collection<String> keys);
}
