package org.qingfeng.analysis.assessment.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.InformantStatus;

/**
 * One informant's figures for one year under method {@value AssessmentMethod#VERSION}.
 *
 * @param adoptedShare adopted / items, rounded to two places; 0 without items
 * @param timelyShare timely / items whose timeliness could be reckoned, rounded to two places; 0
 *     when none could
 * @param reasons why the recommendation, and which items were left out of the timely share, each
 *     Chinese first with English after " / "
 */
public record Assessment(
        String informantToken,
        @Nullable String homeNodeCode,
        @Nullable InformantStatus status,
        int items,
        int adopted,
        double adoptedShare,
        int timely,
        double timelyShare,
        int duplicates,
        int unfounded,
        int malicious,
        int score,
        Recommendation recommendation,
        List<String> reasons) {

    public Assessment {
        reasons = List.copyOf(reasons);
    }
}
