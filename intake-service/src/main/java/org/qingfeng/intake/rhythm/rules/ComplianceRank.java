package org.qingfeng.intake.rhythm.rules;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.ComplianceState;

/**
 * Which compliance record stands when two meet: a report replaces a missing flag (the unit filed
 * late), an on-time report is never replaced, and a copy of what is recorded changes nothing.
 */
public final class ComplianceRank {

    private ComplianceRank() {}

    /** The recorded states {@code incoming} replaces. */
    public static Set<ComplianceState> replaced(ComplianceState incoming) {
        return switch (incoming) {
            case ON_TIME -> EnumSet.of(ComplianceState.MISSING, ComplianceState.LATE);
            case LATE -> EnumSet.of(ComplianceState.MISSING);
            case MISSING -> EnumSet.noneOf(ComplianceState.class);
        };
    }

    public static boolean replaces(ComplianceState incoming, @Nullable ComplianceState recorded) {
        return recorded == null || replaced(incoming).contains(recorded);
    }

    /** Whether a report stands for the window, so that another filing is refused. */
    public static boolean filed(@Nullable ComplianceState recorded) {
        return recorded == ComplianceState.ON_TIME || recorded == ComplianceState.LATE;
    }
}
