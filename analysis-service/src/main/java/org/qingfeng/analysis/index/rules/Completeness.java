package org.qingfeng.analysis.index.rules;

import java.util.List;

/** The reporting-completeness component: 100 less the points for missing and late reports, never below 0. */
public record Completeness(int score, List<Deduction> deductions) {

    public Completeness {
        deductions = List.copyOf(deductions);
    }
}
