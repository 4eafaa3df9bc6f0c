package org.qingfeng.intake.item.rules;

import java.util.Collection;
import org.qingfeng.contracts.disposal.CaseStepped;

/**
 * An item's status from the cases about it. An item may be behind several cases (a finding gathers
 * items, an immediate item opens its own): an unfinished case decides over finished ones, since the
 * matter is still being handled, and among unfinished ones the most advanced wins (a reply in waits
 * for verification, which is what the receipt holder may then confirm). When every case is finished,
 * a referral decides over a closure: the matter went on elsewhere, so it is not settled. An item in
 * no case keeps the status recorded for it ({@code REGISTERED}, or {@code WARNING_ISSUED} from the
 * warnings before cases).
 */
public final class ItemStatuses {

    private ItemStatuses() {}

    public static ItemStatus of(ItemStatus recorded, Collection<CaseStanding> cases) {
        if (cases.isEmpty()) {
            return recorded;
        }
        boolean unfinished = false;
        boolean referred = false;
        for (CaseStanding standing : cases) {
            if (standing.state() == CaseStepped.State.REPLIED) {
                return ItemStatus.RECTIFICATION_REPORTED;
            }
            unfinished = unfinished || !standing.finished();
            referred = referred || standing.state() == CaseStepped.State.REFERRED;
        }
        if (unfinished) {
            return ItemStatus.IN_DISPOSAL;
        }
        return referred ? ItemStatus.REFERRED : ItemStatus.CLOSED;
    }
}
