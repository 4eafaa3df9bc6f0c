package org.qingfeng.intake.rhythm;

import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.intake.rhythm.rules.FilingDraft;
import org.qingfeng.intake.web.Forbidden;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.Role;
import org.qingfeng.support.security.Scopes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/reporting/reports}: {@code 202} with the report's state once the broker holds it.
 * A township or monitoring point files its own report; the work station may file for any unit of
 * its subtree. The filing is audited.
 */
@RestController
class FilingController {

    private final FilingService filings;
    private final ReportingUnits units;
    private final Scopes scopes;
    private final AuditTrail audit;

    FilingController(FilingService filings, ReportingUnits units, Scopes scopes, AuditTrail audit) {
        this.filings = filings;
        this.units = units;
        this.scopes = scopes;
        this.audit = audit;
    }

    @PostMapping(path = "/api/reporting/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('TOWNSHIP_STAFF','MONITORING_STAFF','WORK_STATION_STAFF')")
    ResponseEntity<FilingService.Filed> file(@RequestBody FilingDraft draft) {
        Actor actor = Actors.current();
        requireFiler(actor, draft.unitCode());
        FilingService.Filed filed = filings.file(draft);
        String unit = String.valueOf(draft.unitCode()).strip();
        audit.record(
                actor,
                AuditEntry.of(AuditAction.REPORTING_CHANGED, "report", unit + "/" + draft.period(), unit)
                        .detail("FILED " + filed.state()));
        return ResponseEntity.accepted().body(filed);
    }

    /** An unknown unit is left to the filing rules, which name it. */
    private void requireFiler(Actor actor, @Nullable String unitCode) {
        if (unitCode == null || units.active(unitCode.strip()).isEmpty()) {
            return;
        }
        String unit = unitCode.strip();
        boolean own = actor.hasAny(Role.TOWNSHIP_STAFF, Role.MONITORING_STAFF) && unit.equals(actor.node());
        boolean station = actor.has(Role.WORK_STATION_STAFF) && scopes.covers(actor, unit);
        if (!own && !station) {
            throw Forbidden.field("unitCode", "只能报送本单位的报告 / you may file only your own unit's report");
        }
    }
}
