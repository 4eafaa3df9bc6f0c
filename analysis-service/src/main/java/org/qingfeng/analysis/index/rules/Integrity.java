package org.qingfeng.analysis.index.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The integrity component: 100 less the points of every deduction, never below 0, and its grade.
 * Score and grade are null on a suppressed row.
 */
public record Integrity(@Nullable Integer score, @Nullable Grade grade, List<Deduction> deductions) {

    public Integrity {
        deductions = List.copyOf(deductions);
    }
}
