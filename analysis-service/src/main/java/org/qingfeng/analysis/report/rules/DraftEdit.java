package org.qingfeng.analysis.report.rules;

import org.jspecify.annotations.Nullable;

/** The body of {@code PUT .../draft}: the revision the editor started from and the three parts. */
public record DraftEdit(
        @Nullable Integer revision,
        @Nullable String workDynamics,
        @Nullable String salientProblems,
        @Nullable String handlingStatus) {}
