package org.qingfeng.gateway.console.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.Named;
import org.qingfeng.gateway.console.NodeNames;
import org.qingfeng.gateway.console.Tokens;

/**
 * One row of the ranking: the figures as the page shows them, the recommendation with its reasons,
 * and what the row's decide form carries back (token, method and the figures as recorded).
 *
 * @param row the row's place on the page, which names its form ({@code decide-3})
 * @param verdict the verdict the form offers first: the recommendation, or keep when there is none
 */
record AssessmentLine(
        int row,
        String rank,
        String token,
        String shortToken,
        Named home,
        String status,
        String items,
        String adopted,
        String adoptedShare,
        String timely,
        String timelyShare,
        String duplicates,
        String unfounded,
        String malicious,
        String score,
        String recommendation,
        List<String> reasons,
        List<String> figures,
        String verdict) {

    static AssessmentLine from(int row, Ranking.Ranked ranked, NodeNames names) {
        String recommendation = Objects.toString(ranked.recommendation(), "NONE");
        return new AssessmentLine(
                row,
                text(ranked.rank()),
                ranked.informantToken(),
                Tokens.shorten(ranked.informantToken()),
                names.name(ranked.homeNodeCode()),
                Objects.toString(ranked.status(), ""),
                text(ranked.items()),
                text(ranked.adopted()),
                Figures.percent(ranked.adoptedShare()),
                text(ranked.timely()),
                Figures.percent(ranked.timelyShare()),
                text(ranked.duplicates()),
                text(ranked.unfounded()),
                text(ranked.malicious()),
                ranked.score() == null ? "" : ranked.score().toPlainString(),
                recommendation,
                ranked.reasons(),
                Figures.of(ranked),
                switch (recommendation) {
                    case "COMMEND" -> "COMMEND";
                    case "DISMISS" -> "DISMISS";
                    default -> "KEEP";
                });
    }

    /** Public for the template: the badge of a recommendation, none when there is nothing to suggest. */
    public String badge() {
        return switch (recommendation) {
            case "COMMEND" -> "badge-commend";
            case "DISMISS" -> "badge-dismiss";
            default -> "";
        };
    }

    public boolean recommends() {
        return !badge().isEmpty();
    }

    private static String text(@Nullable Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : Objects.toString(value, "");
    }
}
