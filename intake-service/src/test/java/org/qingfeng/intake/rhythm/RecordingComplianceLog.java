package org.qingfeng.intake.rhythm;

import java.util.ArrayList;
import java.util.List;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;

/** Keeps every published compliance fact in order, as the topic would. */
final class RecordingComplianceLog implements ComplianceLog {

    private final List<ReportingComplianceChanged> published = new ArrayList<>();

    @Override
    public synchronized void publish(List<ReportingComplianceChanged> facts) {
        published.addAll(facts);
    }

    synchronized List<ReportingComplianceChanged> published() {
        return List.copyOf(published);
    }
}
