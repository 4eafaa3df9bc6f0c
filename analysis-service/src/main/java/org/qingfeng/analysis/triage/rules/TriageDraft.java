package org.qingfeng.analysis.triage.rules;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.TriageDecision;

/**
 * A decision as staff send it: {@code POST /api/triage}. Everything may be missing here; {@link
 * TriageRules} says what must not be.
 *
 * @param reason staff text, kept inside the network's services and never logged
 * @param classification required for {@code ACCEPTED} and {@code LINKED}
 */
public record TriageDraft(
        @Nullable UUID itemId,
        @Nullable TriageDecision decision,
        @Nullable String reason,
        @Nullable UUID relatedItemId,
        @Nullable ClassificationDraft classification) {

    /** A decision without a classification. */
    public TriageDraft(
            @Nullable UUID itemId,
            @Nullable TriageDecision decision,
            @Nullable String reason,
            @Nullable UUID relatedItemId) {
        this(itemId, decision, reason, relatedItemId, null);
    }
}
