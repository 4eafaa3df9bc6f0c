package org.qingfeng.intake.rhythm.rules;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A unit's report for a period as it was sent: either {@code nil: true} (无异常情况, nothing to
 * report) or the items it reports.
 *
 * @param period {@code 2026-10} for a township, {@code 2026-Q4} for a city unit or monitoring point
 */
public record FilingDraft(
        @Nullable String unitCode,
        @Nullable String period,
        @Nullable Boolean nil,
        @Nullable List<@Nullable UUID> itemIds) {}
