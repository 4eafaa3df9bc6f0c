package org.qingfeng.disposal.cases.rules;

/** The machine does not allow the step in the case's standing; the message says why, Chinese first. */
public final class StepRefused extends RuntimeException {

    public StepRefused(String reason) {
        super(reason);
    }
}
