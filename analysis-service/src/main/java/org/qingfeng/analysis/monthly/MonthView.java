package org.qingfeng.analysis.monthly;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.monthly.rules.Finding;
import org.qingfeng.analysis.monthly.rules.Summary;
import org.qingfeng.contracts.analysis.FindingPublished.PeriodCount;

/** The answer of {@code GET /api/analysis/months/{month}}. */
record MonthView(
        String period,
        String scope,
        String method,
        Totals totals,
        List<Row> byTownship,
        List<Row> byUnit,
        List<Row> bySubject,
        List<Row> byChannel,
        List<FindingView> findings) {

    record Totals(long items, long handled, long unhandled) {}

    record Row(String code, long items, long handled) {

        static List<Row> of(List<Summary.Row> rows) {
            return rows.stream()
                    .map(r -> new Row(r.code(), r.items(), r.handled()))
                    .toList();
        }
    }

    record FindingView(
            UUID findingId,
            String kind,
            String regionCode,
            String unitCode,
            List<String> unitCodes,
            String subjectArea,
            long count,
            String evidence,
            Map<String, Double> numbers,
            List<PeriodCount> history,
            List<UUID> itemIds,
            String suggestedDestination,
            @Nullable String competentDepartmentCode,
            @Nullable Published published) {

        static FindingView of(Finding finding, List<UUID> itemIds, @Nullable Published published) {
            return new FindingView(
                    finding.findingId(),
                    finding.kind().name(),
                    finding.regionCode(),
                    finding.unitCode(),
                    finding.unitCodes(),
                    finding.subjectArea(),
                    finding.count(),
                    finding.evidence(),
                    finding.numbers(),
                    finding.history(),
                    itemIds,
                    finding.suggestedDestination().name(),
                    finding.competentDepartmentCode(),
                    published);
        }
    }

    record Published(String destination, String severity, Instant publishedAt) {}

    static MonthView of(String period, String scope, Summary summary, List<FindingView> findings) {
        return new MonthView(
                period,
                scope,
                Finding.METHOD,
                new Totals(
                        summary.totals().items(),
                        summary.totals().handled(),
                        summary.totals().unhandled()),
                Row.of(summary.byTownship()),
                Row.of(summary.byUnit()),
                Row.of(summary.bySubject()),
                Row.of(summary.byChannel()),
                findings);
    }
}
