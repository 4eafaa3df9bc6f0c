package org.qingfeng.gateway.console.disposal;

import java.time.ZoneId;
import java.util.Objects;
import org.qingfeng.gateway.console.LocalTimes;
import org.qingfeng.gateway.console.Named;
import org.qingfeng.gateway.console.NodeNames;

/** A finding published to disposal, as the small panel beside the cases shows it, with its open form. */
record FindingLine(
        String findingId,
        String period,
        String kind,
        Named unit,
        String subjectArea,
        String severity,
        String evidence,
        String publishedAt) {

    static FindingLine from(DisposalFinding finding, NodeNames names, ZoneId zone) {
        return new FindingLine(
                Objects.toString(finding.findingId(), ""),
                Objects.toString(finding.period(), ""),
                Objects.toString(finding.kind(), ""),
                names.name(finding.unitCode()),
                Objects.toString(finding.subjectArea(), ""),
                Objects.toString(finding.severity(), ""),
                Objects.toString(finding.evidence(), ""),
                LocalTimes.format(finding.publishedAt(), zone));
    }
}
