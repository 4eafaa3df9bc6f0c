package org.qingfeng.disposal.cases;

import org.qingfeng.contracts.disposal.CaseStepped;

/**
 * Takes a step on a case: checks it against the projected case and the ladder's state machine,
 * publishes it on {@code disposal.case-steps.v1} and returns once the broker acknowledged it.
 * The {@code cases} projection is written by the listener, so a read right after may not show it yet.
 */
public interface CaseSteps {

    /**
     * @throws CaseNotFound when the case does not exist
     * @throws CaseConflict when the case moved on since {@code expectedSequence}, or the step is not
     *     allowed in the case's state (a reply to a finished case, an acknowledgement twice)
     */
    CaseStepped append(CaseCommand command);
}
