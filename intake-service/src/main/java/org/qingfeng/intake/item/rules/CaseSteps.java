package org.qingfeng.intake.item.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qingfeng.contracts.disposal.CaseStepped;

/** What a poll of case steps changes about items: per item and case, only the newest step counts. */
public final class CaseSteps {

    private CaseSteps() {}

    /** One item's standing in one case. */
    public record ItemCase(UUID itemId, CaseStanding standing) {}

    /**
     * The newest step of each (item, case) among {@code steps}: an older sequence delivered later, or
     * twice, is dropped here; the store drops what is older than what it already holds.
     */
    public static List<ItemCase> latest(Collection<CaseStepped> steps) {
        Map<String, ItemCase> latest = new LinkedHashMap<>();
        for (CaseStepped step : steps) {
            CaseStanding standing = CaseStanding.of(step);
            for (UUID itemId : step.itemIds()) {
                latest.merge(
                        itemId + "|" + step.caseId(),
                        new ItemCase(itemId, standing),
                        (held, next) ->
                                next.standing().sequence() > held.standing().sequence() ? next : held);
            }
        }
        return new ArrayList<>(latest.values());
    }
}
