package org.qingfeng.intake.informant.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.InformantRecorded.Verdict;

/**
 * A decision on an informant's assessment, as sent; the reason will be sealed.
 *
 * @param decidedBy who decided: the service sets the caller's token subject, whatever the body says
 */
public record DecisionDraft(
        @Nullable String informantToken,
        @Nullable Integer year,
        @Nullable Verdict verdict,
        @Nullable String reason,
        @Nullable String decidedBy,
        @Nullable String method,
        @Nullable List<String> figures) {

    /** The same decision, decided by {@code subject}. */
    public DecisionDraft decidedBy(String subject) {
        return new DecisionDraft(informantToken, year, verdict, reason, subject, method, figures);
    }

    @Override
    public String toString() {
        return "DecisionDraft[" + year + ", " + verdict + ", reason sealed]";
    }
}
