package org.qingfeng.disposal.warning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Warnings: the newest, those of one item, one by id, and counts per colour, each over the warnings
 * the caller may see ({@link WarningScope}). A warning outside them is answered exactly as one that
 * does not exist. Every read is on the audit trail before it is answered: a list as one entry with
 * its count, a single warning by its id.
 */
@RestController
@RequestMapping("/api/warnings")
@PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF','DEPARTMENT_OFFICER')")
class WarningController {

    private static final String LIMIT_RANGE = "条数须在 1 到 200 之间 / limit must be between 1 and 200";
    private static final String TARGET = "warning";

    private final Warnings warnings;
    private final WarningScope scope;
    private final AuditTrail audit;

    WarningController(Warnings warnings, WarningScope scope, AuditTrail audit) {
        this.warnings = warnings;
        this.scope = scope;
        this.audit = audit;
    }

    @GetMapping
    Recent recent(
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = LIMIT_RANGE)
                    @Max(value = 200, message = LIMIT_RANGE)
                    int limit,
            @RequestParam(required = false) @Nullable UUID itemId) {
        Actor actor = Actors.current();
        List<Warning> found = itemId == null
                ? warnings.newest(limit, warning -> scope.visible(actor, warning))
                : warnings.byId(Warning.idFor(itemId)).stream()
                        .filter(warning -> scope.visible(actor, warning))
                        .toList();
        audit.record(
                actor,
                AuditEntry.of(AuditAction.ITEM_LIST, TARGET, null, actor.node()).detail(String.valueOf(found.size())));
        return new Recent(found.stream().map(WarningView::of).toList());
    }

    @GetMapping("/{warningId}")
    WarningView one(@PathVariable UUID warningId) {
        Actor actor = Actors.current();
        Warning warning = warnings.byId(warningId)
                .filter(found -> scope.visible(actor, found))
                .orElseThrow(() -> new WarningNotFoundException(warningId));
        audit.record(actor, AuditEntry.of(AuditAction.ITEM_READ, TARGET, warningId.toString(), warning.townshipCode()));
        return WarningView.of(warning);
    }

    @GetMapping("/summary")
    Summary summary() {
        Actor actor = Actors.current();
        return new Summary(warnings.countByColour(warning -> scope.visible(actor, warning)));
    }

    /** Newest first. */
    record Recent(List<WarningView> warnings) {}

    /** How many warnings of each colour, every colour present, mildest first. */
    record Summary(Map<WarningColour, Long> byColour) {}
}
