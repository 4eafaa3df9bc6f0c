package org.qingfeng.gateway.console.analysis;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.Chart;
import org.qingfeng.gateway.console.LocalTimes;
import org.qingfeng.gateway.console.Named;
import org.qingfeng.gateway.console.NodeNames;

/**
 * One finding as the page shows it: its kind, where, the evidence sentence and the numbers behind
 * it, its history as a spark line and a small table, the items it rests on, and whether (and how)
 * it was published.
 *
 * @param row the finding's place on the page, which names its publish form ({@code publish-2})
 * @param numbers each of analysis's numbers as {@code name = value}, in analysis's order
 */
record FindingLine(
        int row,
        String findingId,
        String kind,
        Named region,
        Named unit,
        List<Named> units,
        String subjectArea,
        String count,
        String evidence,
        List<String> numbers,
        List<Month.PeriodCount> history,
        Chart spark,
        List<String> itemIds,
        String suggestedDestination,
        @Nullable Named competentDepartment,
        @Nullable String publishedDestination,
        @Nullable String publishedSeverity,
        String publishedAt) {

    static FindingLine from(int row, Month.Finding finding, NodeNames names, ZoneId zone) {
        Month.Published published = finding.published();
        return new FindingLine(
                row,
                finding.findingId(),
                Objects.toString(finding.kind(), ""),
                names.name(finding.regionCode()),
                names.name(finding.unitCode()),
                finding.unitCodes().stream().map(names::name).toList(),
                Objects.toString(finding.subjectArea(), ""),
                Objects.toString(finding.count(), ""),
                Objects.toString(finding.evidence(), ""),
                finding.numbers().entrySet().stream()
                        .map(number -> number.getKey() + " = " + plain(number.getValue()))
                        .toList(),
                finding.history(),
                Chart.of(
                        "spark",
                        finding.history().stream()
                                .map(point -> Objects.toString(point.period(), ""))
                                .toList(),
                        new Chart.Series(
                                "count",
                                finding.history().stream()
                                        .map(point -> (Number) point.count())
                                        .toList())),
                finding.itemIds(),
                Objects.toString(finding.suggestedDestination(), "DISPOSAL"),
                finding.competentDepartmentCode() == null ? null : names.name(finding.competentDepartmentCode()),
                published == null ? null : published.destination(),
                published == null ? null : published.severity(),
                published == null ? "" : LocalTimes.format(published.publishedAt(), zone));
    }

    public boolean published() {
        return publishedDestination != null;
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
