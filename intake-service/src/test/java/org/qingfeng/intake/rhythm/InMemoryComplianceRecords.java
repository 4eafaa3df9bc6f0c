package org.qingfeng.intake.rhythm;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.intake.rhythm.rules.ComplianceRank;

/** The projection in a map, with the same rank rule as the Mongo one. */
final class InMemoryComplianceRecords implements ComplianceRecords {

    private final Map<String, ComplianceRecord> records = new HashMap<>();
    private final Map<String, ReportingComplianceChanged> recordedFacts = new HashMap<>();

    @Override
    public synchronized Map<String, ComplianceRecord> find(Collection<String> keys) {
        Map<String, ComplianceRecord> found = new HashMap<>(records);
        found.keySet().retainAll(keys);
        return found;
    }

    @Override
    public synchronized void apply(List<ReportingComplianceChanged> facts) {
        for (ReportingComplianceChanged fact : facts) {
            ComplianceRecord recorded = records.get(fact.key());
            if (ComplianceRank.replaces(fact.state(), recorded == null ? null : recorded.state())) {
                records.put(
                        fact.key(),
                        new ComplianceRecord(fact.key(), fact.state(), fact.filedAt(), fact.nil(), fact.itemCount()));
                recordedFacts.put(fact.key(), fact);
            }
        }
    }

    @Override
    public synchronized List<ReportingComplianceChanged> filed(Collection<String> keys) {
        return keys.stream()
                .map(recordedFacts::get)
                .filter(fact -> fact != null && fact.state() != ComplianceState.MISSING)
                .toList();
    }
}
