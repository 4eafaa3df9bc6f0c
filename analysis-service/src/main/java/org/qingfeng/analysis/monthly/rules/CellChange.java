package org.qingfeng.analysis.monthly.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One item's entry in one cell going from {@code from} to {@code to} (a {@link Placement} flag;
 * {@code null} = not in the cell). The store writes the entry and the cell's counters in one
 * single-document update, so a cell's counters always equal its entries.
 */
public record CellChange(
        String cell,
        String itemId,
        @Nullable Integer from,
        @Nullable Integer to) {

    public int itemsDelta() {
        return (to != null ? 1 : 0) - (from != null ? 1 : 0);
    }

    public int handledDelta() {
        return Placement.handled(to) - Placement.handled(from);
    }

    public int excludedDelta() {
        return Placement.excluded(to) - Placement.excluded(from);
    }

    /**
     * The changes that take an item from where its cells hold it ({@code actual}: cell → flag, every
     * cell that may hold it) to {@code target}; nothing when it is already there.
     */
    public static List<CellChange> plan(String itemId, Map<String, Integer> actual, @Nullable Placement target) {
        List<CellChange> changes = new ArrayList<>();
        actual.forEach((cell, flag) -> {
            if (target == null || !cell.equals(target.cell())) {
                changes.add(new CellChange(cell, itemId, flag, null));
            }
        });
        if (target != null) {
            Integer now = actual.get(target.cell());
            if (!Objects.equals(now, target.flag())) {
                changes.add(new CellChange(target.cell(), itemId, now, target.flag()));
            }
        }
        return changes;
    }
}
