package org.qingfeng.analysis.triage.rules;

import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.ReviewerConflictDeclared.Kind;

/**
 * A reviewer's declaration as sent: {@code POST /api/triage/conflicts}.
 *
 * @param target a township or unit code of the network, or an item id for {@code ITEM}
 * @param reason the reviewer's own words, kept in analysis and never audited
 */
public record ConflictDraft(
        @Nullable Kind kind,
        @Nullable String target,
        @Nullable String reason) {}
