package org.qingfeng.intake.informant.rules;

import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.InformantStatus;

/** A status change as staff sent it; the reason will be sealed. */
public record StatusDraft(
        @Nullable String informantToken,
        @Nullable InformantStatus status,
        @Nullable String reason) {

    @Override
    public String toString() {
        return "StatusDraft[" + status + ", reason sealed]";
    }
}
