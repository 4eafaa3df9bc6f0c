package org.qingfeng.disposal.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.disposal.attachment.CaseAccess;
import org.qingfeng.disposal.cases.CaseFiles;
import org.qingfeng.disposal.cases.CaseJson;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.disposal.cases.NoticeTitles;
import org.qingfeng.disposal.network.NodeDirectory;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A department's inbox: the cases addressed to it (or concerning a unit below it), overdue first,
 * then by the nearest deadline, then newest; work-station staff may read the inbox of their subtree.
 * Lists and details are on the audit trail before they are answered.
 */
@RestController
class InboxController {

    private final ObjectProvider<Cases> cases;
    private final CaseAccess access;
    private final NodeDirectory names;
    private final CaseFiles files;
    private final ObjectProvider<NoticeTitles> titles;
    private final ObjectProvider<Clock> clock;
    private final AuditTrail audit;

    InboxController(
            ObjectProvider<Cases> cases,
            CaseAccess access,
            NodeDirectory names,
            CaseFiles files,
            ObjectProvider<NoticeTitles> titles,
            ObjectProvider<Clock> clock,
            AuditTrail audit) {
        this.cases = cases;
        this.access = access;
        this.names = names;
        this.files = files;
        this.titles = titles;
        this.clock = clock;
        this.audit = audit;
    }

    enum StateFilter {
        OPEN,
        FINISHED,
        ALL
    }

    @GetMapping("/api/inbox")
    @PreAuthorize("hasAnyRole('DEPARTMENT_OFFICER','WORK_STATION_STAFF')")
    Inbox inbox(@RequestParam(defaultValue = "OPEN") StateFilter state) {
        Actor actor = Actors.current();
        Instant now = now();
        List<CaseView> found = candidates(actor, state).stream()
                .filter(c -> access.mayRead(actor, c))
                .filter(c -> state == StateFilter.ALL || c.finished() == (state == StateFilter.FINISHED))
                .sorted(order(now))
                .toList();
        audit.record(
                actor,
                AuditEntry.of(AuditAction.ITEM_LIST, "case", null, actor.node()).detail(String.valueOf(found.size())));
        return new Inbox(found.stream().map(c -> CaseJson.row(c, names, now)).toList());
    }

    @GetMapping("/api/inbox/{caseId}")
    @PreAuthorize("hasAnyRole('DEPARTMENT_OFFICER','WORK_STATION_STAFF')")
    CaseJson detail(@PathVariable UUID caseId) {
        Actor actor = Actors.current();
        CaseView found = InboxCases.readable(cases, access, actor, caseId);
        audit.record(actor, AuditEntry.of(AuditAction.ITEM_READ, "case", caseId.toString(), found.recipientCode()));
        NoticeTitles noticeTitles = titles.getIfAvailable();
        return CaseJson.detail(
                found,
                names,
                now(),
                files.of(caseId),
                notice -> noticeTitles == null ? "处置通知书 / Notice" : noticeTitles.titleOf(notice));
    }

    record Inbox(List<CaseJson> cases) {}

    /**
     * The unfinished cases, and for finished ones those addressed to the caller's node: {@code Cases} has
     * no read of every case, and a department's finished cases are the ones addressed to it.
     */
    private List<CaseView> candidates(Actor actor, StateFilter state) {
        Cases all = cases.getIfAvailable();
        if (all == null) {
            return List.of();
        }
        Map<UUID, CaseView> found = new LinkedHashMap<>();
        if (state != StateFilter.FINISHED) {
            all.unfinished().forEach(c -> found.put(c.caseId(), c));
        }
        if (state != StateFilter.OPEN && actor.node() != null) {
            all.addressedTo(List.of(actor.node())).forEach(c -> found.putIfAbsent(c.caseId(), c));
        }
        return List.copyOf(found.values());
    }

    /** Overdue first, then the nearest deadline (a case without one last), then the newest. */
    static Comparator<CaseView> order(Instant now) {
        return Comparator.comparing((CaseView c) -> !c.overdue(now))
                .thenComparing(InboxController::nearestDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CaseView::openedAt, Comparator.reverseOrder());
    }

    private static @Nullable Instant nearestDeadline(CaseView c) {
        if (c.finished()) {
            return null;
        }
        Instant due = c.dueAt();
        Instant ack = c.acknowledgeBy();
        if (due == null || ack == null) {
            return due == null ? ack : due;
        }
        return due.isBefore(ack) ? due : ack;
    }

    private Instant now() {
        return clock.getIfAvailable(Clock::systemUTC).instant();
    }
}
