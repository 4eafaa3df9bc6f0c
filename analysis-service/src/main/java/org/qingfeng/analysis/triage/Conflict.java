package org.qingfeng.analysis.triage;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.triage.rules.ExclusionKind;

/**
 * One of a reviewer's ties as {@code reviewer_conflicts} holds it: declared by the reviewer, or
 * {@code NAMED} by intake.
 *
 * @param conflictId {@code subject|KIND|target}
 * @param reason the reviewer's words, null for intake's findings and withdrawn declarations
 */
record Conflict(
        String conflictId,
        String reviewerSubject,
        ExclusionKind kind,
        String target,
        @Nullable String reason,
        Instant declaredAt,
        boolean withdrawn) {}
