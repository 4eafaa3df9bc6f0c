package org.qingfeng.disposal.finding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.FindingPublished.PeriodCount;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published findings the caller may see ({@link FindingScope}), newest first, optionally of one
 * destination. The list is on the audit trail, as one entry with its count, before it is answered.
 */
@RestController
class FindingController {

    private final FindingStore findings;
    private final FindingScope scope;
    private final AuditTrail audit;

    FindingController(FindingStore findings, FindingScope scope, AuditTrail audit) {
        this.findings = findings;
        this.scope = scope;
        this.audit = audit;
    }

    @GetMapping("/api/disposal/findings")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','DEPARTMENT_OFFICER')")
    Findings findings(@RequestParam(required = false) @Nullable Destination destination) {
        Actor actor = Actors.current();
        List<FindingPublished> found = findings.all(finding ->
                (destination == null || finding.destination() == destination) && scope.visible(actor, finding));
        audit.record(
                actor,
                AuditEntry.of(AuditAction.ITEM_LIST, "finding", null, actor.node())
                        .detail(String.valueOf(found.size())));
        return new Findings(found.stream().map(FindingView::of).toList());
    }

    record Findings(List<FindingView> findings) {}

    /** A finding as analysis published it; {@code publishedAt} is the publication's time. */
    record FindingView(
            UUID findingId,
            String period,
            String stationCode,
            FindingKind kind,
            Destination destination,
            String regionCode,
            String unitCode,
            List<String> unitCodes,
            String subjectArea,
            Severity severity,
            @Nullable RiskLevel riskLevel,
            String evidence,
            List<PeriodCount> history,
            List<UUID> itemIds,
            @Nullable String competentDepartmentCode,
            String method,
            String publishedBy,
            Instant publishedAt) {

        static FindingView of(FindingPublished finding) {
            return new FindingView(
                    finding.findingId(),
                    finding.period(),
                    finding.stationCode(),
                    finding.kind(),
                    finding.destination(),
                    finding.regionCode(),
                    finding.unitCode(),
                    finding.unitCodes(),
                    finding.subjectArea(),
                    finding.severity(),
                    finding.riskLevel(),
                    finding.evidence(),
                    finding.history(),
                    finding.itemIds(),
                    finding.competentDepartmentCode(),
                    finding.method(),
                    finding.publishedBy(),
                    finding.occurredAt());
        }
    }
}
