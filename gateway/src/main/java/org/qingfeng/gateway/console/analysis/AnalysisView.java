package org.qingfeng.gateway.console.analysis;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.Chart;
import org.qingfeng.gateway.console.NodeNames;
import org.qingfeng.gateway.console.Reading;

/**
 * The month as the page shows it: the read (for its state), the totals, four charts and the
 * findings. Labels are names: townships by the registry, subject areas and channels by the page's
 * language ({@code label}).
 */
record AnalysisView(
        Reading<Month> reading,
        Month.@Nullable Totals totals,
        @Nullable String method,
        Chart byTownship,
        Chart bySubject,
        Chart byChannel,
        Chart trend,
        List<FindingLine> findings) {

    AnalysisView {
        findings = List.copyOf(findings);
    }

    static AnalysisView of(
            Reading<Month> reading,
            Reading<Month.Trend> trend,
            NodeNames names,
            Function<String, String> subjectLabel,
            Function<String, String> channelLabel,
            String items,
            String handled,
            ZoneId zone) {
        Month month = reading.shown() ? reading.body() : null;
        Chart trendChart = trend(trend, items, handled);
        if (month == null) {
            Chart none = Chart.of("bar", List.of());
            return new AnalysisView(reading, null, null, none, none, none, trendChart, List.of());
        }
        List<Month.Finding> findings = month.findings();
        return new AnalysisView(
                reading,
                month.totals(),
                month.method(),
                bars("bar", month.byTownship(), code -> names.name(code).name(), items, handled),
                bars("pie", month.bySubject(), subjectLabel, items, handled),
                bars("bar", month.byChannel(), channelLabel, items, handled),
                trendChart,
                IntStream.range(0, findings.size())
                        .mapToObj(row -> FindingLine.from(row, findings.get(row), names, zone))
                        .toList());
    }

    /** A pie shows the items only; a bar chart the items beside those handled. */
    static Chart bars(
            String kind, List<Month.Tally> tallies, Function<String, String> label, String items, String handled) {
        List<String> labels = tallies.stream()
                .map(tally -> label.apply(tally.code() == null ? "" : tally.code()))
                .toList();
        Chart.Series itemSeries = new Chart.Series(
                items, tallies.stream().map(tally -> (Number) tally.items()).toList());
        if (kind.equals("pie")) {
            return Chart.of(kind, labels, itemSeries);
        }
        return Chart.of(
                kind,
                labels,
                itemSeries,
                new Chart.Series(
                        handled,
                        tallies.stream().map(tally -> (Number) tally.handled()).toList()));
    }

    private static Chart trend(Reading<Month.Trend> trend, String items, String handled) {
        Month.Trend body = trend.shown() ? trend.body() : null;
        List<Month.TrendMonth> months = body == null ? List.of() : body.months();
        return Chart.of(
                "line",
                months.stream().map(m -> m.period() == null ? "" : m.period()).toList(),
                new Chart.Series(
                        items, months.stream().map(m -> (Number) m.items()).toList()),
                new Chart.Series(
                        handled, months.stream().map(m -> (Number) m.handled()).toList()));
    }
}
