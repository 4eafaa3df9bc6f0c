package org.qingfeng.intake.item.rules;

import java.time.Instant;
import java.util.UUID;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.WarningColour;

/**
 * How one disposal case about an item stands after the latest of its steps intake applied.
 *
 * @param sequence the step's sequence in its case: a step with a sequence not above this one is old
 */
public record CaseStanding(
        UUID caseId, long sequence, CaseStepped.State state, WarningColour colour, String rungCode, Instant updatedAt) {

    public static CaseStanding of(CaseStepped step) {
        return new CaseStanding(
                step.caseId(), step.sequence(), step.state(), step.colour(), step.rungCode(), step.occurredAt());
    }

    public boolean finished() {
        return state == CaseStepped.State.CLOSED || state == CaseStepped.State.REFERRED;
    }
}
