package org.qingfeng.localstack.network;

import org.qingfeng.contracts.intake.Urgency;

/** A warning item as {@code POST /api/items} takes it, valid against the demo network. */
public record SampleItem(String regionCode, String unitCode, String subjectArea, Urgency urgency, String description) {

    /**
     * The same item marked immediate (立即报送): disposal opens a case for it at once, which is what
     * the system tests and the bench wait for end to end. A routine item waits for the month's analysis.
     */
    public SampleItem immediate() {
        return new SampleItem(regionCode, unitCode, subjectArea, Urgency.IMMEDIATE, description);
    }
}
