package org.qingfeng.intake.channel.quarterly;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.intake.channel.quarterly.rules.QuarterlyReport;
import org.qingfeng.intake.channel.quarterly.rules.QuarterlyReportDraft;
import org.qingfeng.intake.channel.quarterly.rules.QuarterlyReportRules;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.submission.IdempotencyKeys;
import org.qingfeng.intake.web.Forbidden;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.Role;
import org.qingfeng.support.security.Scopes;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/reporting/quarterly-reports}: a monitoring point's staff file their own point's
 * report, the work station any monitoring point's or city unit's in its subtree. {@code 202} with
 * the report id, its items and the window's state once all of it is on the broker; the filing is
 * audited as any filing.
 */
@RestController
class QuarterlyReportController {

    private final QuarterlyReports reports;
    private final CurrentNetwork network;
    private final Scopes scopes;
    private final AuditTrail audit;

    QuarterlyReportController(QuarterlyReports reports, CurrentNetwork network, Scopes scopes, AuditTrail audit) {
        this.reports = reports;
        this.network = network;
        this.scopes = scopes;
        this.audit = audit;
    }

    record Answer(UUID reportId, List<UUID> itemIds, ComplianceState state) {}

    @PostMapping(path = "/api/reporting/quarterly-reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('MONITORING_STAFF','TOWNSHIP_STAFF','WORK_STATION_STAFF')")
    ResponseEntity<Answer> file(
            @RequestBody QuarterlyReportDraft draft,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey) {
        Actor actor = Actors.current();
        NetworkView view = network.view();
        requireFiler(actor, draft.unitCode(), view);
        QuarterlyReport report = QuarterlyReportRules.check(draft, view);
        QuarterlyReports.Filed filed =
                reports.file(report, actor, IdempotencyKeys.scope("quarterly", actor, idempotencyKey), view);
        audit.record(
                actor,
                AuditEntry.of(
                                AuditAction.ITEMS_IMPORTED,
                                "quarterly-report",
                                report.unitCode() + "/" + report.period(),
                                report.unitCode())
                        .detail("FILED " + filed.state() + " items="
                                + filed.itemIds().size()));
        return ResponseEntity.accepted()
                .cacheControl(CacheControl.noStore())
                .body(new Answer(filed.reportId(), filed.itemIds(), filed.state()));
    }

    /** An unknown unit is left to the rules, which name it. */
    private void requireFiler(Actor actor, @Nullable String unitCode, NetworkView view) {
        if (unitCode == null || view.node(unitCode.strip()).isEmpty()) {
            return;
        }
        String unit = unitCode.strip();
        // A city unit's own staff hold TOWNSHIP_STAFF at the unit: the role of a reporting point's staff.
        boolean own = (actor.has(Role.MONITORING_STAFF) || actor.has(Role.TOWNSHIP_STAFF)) && unit.equals(actor.node());
        boolean station = actor.has(Role.WORK_STATION_STAFF) && scopes.covers(actor, unit);
        if (!own && !station) {
            throw Forbidden.field("unitCode", "只能报送本单位的季度报告 / you may file only your own unit's report");
        }
    }
}
