package org.qingfeng.analysis.compliance.rules;

import org.qingfeng.contracts.intake.ComplianceState;

/**
 * Which state of a unit's report stands when several arrive: a state replaces the stored one only if
 * it ranks higher. A report filed after the window closed turns {@code MISSING} into {@code LATE};
 * nothing replaces {@code ON_TIME}; a {@code MISSING} arriving after {@code LATE} (a replay of the
 * topic before compaction) changes nothing, and the same state again is the same fact again.
 */
public final class Precedence {

    private Precedence() {}

    public static int of(ComplianceState state) {
        return switch (state) {
            case MISSING -> 0;
            case LATE -> 1;
            case ON_TIME -> 2;
        };
    }
}
