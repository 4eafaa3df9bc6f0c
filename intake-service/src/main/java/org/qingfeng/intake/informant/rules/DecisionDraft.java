package org.qingfeng.intake.informant.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.InformantRecorded.Verdict;

/** A network manager's decision on an informant's assessment, as sent; the reason will be sealed. */
public record DecisionDraft(
        @Nullable String informantToken,
        @Nullable Integer year,
        @Nullable Verdict verdict,
        @Nullable String reason,
        @Nullable String decidedBy,
        @Nullable String method,
        @Nullable List<String> figures) {

    @Override
    public String toString() {
        return "DecisionDraft[" + year + ", " + verdict + ", reason sealed]";
    }
}
