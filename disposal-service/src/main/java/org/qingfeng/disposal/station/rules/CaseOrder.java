package org.qingfeng.disposal.station.rules;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.disposal.cases.CaseView;

/**
 * The order the station works its cases in: the overdue first, then the nearest running deadline,
 * then the newest; the case id last, so equal cases keep one order from call to call.
 */
public final class CaseOrder {

    private CaseOrder() {}

    public static Comparator<CaseView> at(Instant now) {
        Comparator<CaseView> overdueFirst = Comparator.comparing(c -> !c.overdue(now));
        Comparator<CaseView> nearestDeadline = Comparator.comparing(
                (CaseView c) -> deadline(c).orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));
        return overdueFirst
                .thenComparing(nearestDeadline)
                .thenComparing(CaseView::openedAt, Comparator.reverseOrder())
                .thenComparing(CaseView::caseId);
    }

    /**
     * The deadline that runs now: while a case waits for its recipient, the earlier of the immediate
     * lane's acknowledgement and the reply's deadline; once acknowledged, the reply's. A case that
     * waits for the station (replied) or is finished has none.
     */
    public static Optional<Instant> deadline(CaseView c) {
        if (c.state() == CaseStepped.State.OPEN) {
            Instant acknowledge = c.acknowledgeBy();
            Instant due = c.dueAt();
            if (acknowledge == null || due == null) {
                return Optional.ofNullable(acknowledge == null ? due : acknowledge);
            }
            return Optional.of(acknowledge.isBefore(due) ? acknowledge : due);
        }
        if (c.state() == CaseStepped.State.ACKNOWLEDGED) {
            return Optional.ofNullable(c.dueAt());
        }
        return Optional.empty();
    }
}
