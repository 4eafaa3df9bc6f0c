package org.qingfeng.disposal.station;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.disposal.cases.CaseJson;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.station.rules.CaseCounts;
import org.qingfeng.disposal.station.rules.CaseOrder;
import org.qingfeng.disposal.station.rules.CaseQuery;
import org.qingfeng.disposal.station.rules.Checked;
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
 * The station's cases: the list in working order with its figures, the figures alone for the
 * console's dashboard, and one case with its history and notices. Only cases the caller may see
 * are read, listed or counted. Lists and details are on the audit trail before they are answered.
 */
@RestController
@RequestMapping("/api/cases")
@PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')")
class StationCaseController {

    static final String TARGET = "case";

    private final StationCases cases;
    private final AuditTrail audit;

    StationCaseController(StationCases cases, AuditTrail audit) {
        this.cases = cases;
        this.audit = audit;
    }

    @GetMapping
    Listing list(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String colour,
            @RequestParam(required = false) @Nullable String ladder,
            @RequestParam(required = false) @Nullable Integer limit) {
        Checked<CaseQuery> checked = CaseQuery.parse(state, colour, ladder, limit);
        InvalidRequest.unless(checked.violations());
        CaseQuery query = checked.valid().orElseThrow();
        Actor actor = Actors.current();
        Instant now = cases.now();
        List<CaseView> onLadder =
                cases.visible(actor).stream().filter(query.onLadder()).toList();
        List<CaseJson> rows = onLadder.stream()
                .filter(query::shows)
                .sorted(CaseOrder.at(now))
                .limit(query.limit())
                .map(c -> cases.row(c, now))
                .toList();
        audit.record(
                actor,
                AuditEntry.of(AuditAction.ITEM_LIST, TARGET, null, actor.node()).detail(String.valueOf(rows.size())));
        return new Listing(rows, counts(CaseCounts.of(onLadder, now)));
    }

    @GetMapping("/summary")
    Summary summary() {
        Actor actor = Actors.current();
        Instant now = cases.now();
        CaseCounts counts = CaseCounts.of(cases.visible(actor), now);
        return new Summary(counts.byColour(), counts.overdue(), counts.open(), counts.finished());
    }

    @GetMapping("/{caseId}")
    CaseJson one(@PathVariable UUID caseId) {
        Actor actor = Actors.current();
        CaseView found = cases.find(actor, caseId);
        audit.record(actor, AuditEntry.of(AuditAction.ITEM_READ, TARGET, caseId.toString(), found.townshipCode()));
        return cases.detail(found, cases.now());
    }

    /** {@code BLUE}…{@code RED} and {@code overdue} over unfinished cases, then {@code open} and {@code finished}. */
    private static Map<String, Long> counts(CaseCounts counts) {
        Map<String, Long> figures = new LinkedHashMap<>();
        counts.byColour().forEach((colour, n) -> figures.put(colour.name(), n));
        figures.put("overdue", counts.overdue());
        figures.put("open", counts.open());
        figures.put("finished", counts.finished());
        return figures;
    }

    /** The cases asked for in working order, and the figures of every case on the ladder asked for. */
    record Listing(List<CaseJson> cases, Map<String, Long> counts) {}

    /** Unfinished cases per colour (every colour, mildest first) and overdue; open and finished. */
    record Summary(Map<WarningColour, Long> byColour, long overdue, long open, long finished) {}
}
