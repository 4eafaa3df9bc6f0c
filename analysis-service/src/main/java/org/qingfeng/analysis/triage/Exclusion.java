package org.qingfeng.analysis.triage;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.triage.rules.ExclusionKind;
import org.qingfeng.analysis.triage.rules.Exclusions;

/**
 * That a reviewer was kept off an item, recorded once in {@code triage_exclusions}.
 *
 * @param regionCode the item's region, the audit entry's scope node
 */
record Exclusion(
        UUID itemId,
        String subject,
        ExclusionKind kind,
        @Nullable String regionCode,
        Instant recordedAt) {

    String id() {
        return Exclusions.recordId(itemId, subject);
    }
}
