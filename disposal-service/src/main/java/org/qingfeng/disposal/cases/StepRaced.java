package org.qingfeng.disposal.cases;

/** Another step claimed the same place in the case first (see {@link StepClaimStore}). */
class StepRaced extends RuntimeException {

    StepRaced(String claimId) {
        super("another step of the case came first: " + claimId, null, false, false);
    }
}
