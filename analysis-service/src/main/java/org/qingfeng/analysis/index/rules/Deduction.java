package org.qingfeng.analysis.index.rules;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Points taken off under one rule, with the facts behind them. {@code points} = the rule's weight ×
 * {@code count}, at most the method's cap. On a suppressed row there is one aggregate deduction with
 * neither points, count nor links.
 *
 * @param reports {@code unitCode|period} of the reports behind a completeness deduction
 */
public record Deduction(
        String rule,
        String label,
        @Nullable Integer points,
        @Nullable Integer count,
        List<UUID> itemIds,
        List<UUID> warningIds,
        List<UUID> findingIds,
        List<String> reports) {

    public static final String SUPPRESSED = "SUPPRESSED";

    public Deduction {
        itemIds = List.copyOf(itemIds);
        warningIds = List.copyOf(warningIds);
        findingIds = List.copyOf(findingIds);
        reports = List.copyOf(reports);
    }

    /** What a suppressed row shows in place of its deductions: that there are details, not what they are. */
    static Deduction suppressed(int minCount) {
        return new Deduction(
                SUPPRESSED,
                "涉及条目少于 " + minCount + " 条，扣分明细不予显示 / fewer than " + minCount
                        + " items behind this row: details withheld",
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
