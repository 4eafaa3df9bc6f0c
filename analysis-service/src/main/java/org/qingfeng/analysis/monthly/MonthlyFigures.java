package org.qingfeng.analysis.monthly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qingfeng.analysis.monthly.rules.CellCount;
import org.qingfeng.analysis.monthly.rules.Summary;
import org.qingfeng.analysis.period.FigureSource;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;
import org.springframework.stereotype.Component;

/**
 * The monthly analysis's figures for a close, for {@code yyyy-MM} or {@code yyyy-Qn} (the sum of its
 * three months): {@code totals} (items, handled, unhandled), {@code by-township}, {@code by-subject},
 * {@code by-channel} (items per code) and {@code findings} (findings per kind; a quarter's are the
 * sum of its months').
 */
@Component
class MonthlyFigures implements FigureSource {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private final MonthlyAnalysis analysis;

    MonthlyFigures(MonthlyAnalysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public List<Figure> figures(String scopeCode, String period) {
        List<YearMonth> months = months(period);
        if (months.isEmpty()) {
            return List.of();
        }
        List<CellCount> cells = analysis.cellsOf(months, scopeCode);
        Summary summary = Summary.of(cells);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("totals", "items", summary.totals().items()));
        figures.add(new Figure("totals", "handled", summary.totals().handled()));
        figures.add(new Figure("totals", "unhandled", summary.totals().unhandled()));
        summary.byTownship().forEach(row -> figures.add(new Figure("by-township", row.code(), row.items())));
        summary.bySubject().forEach(row -> figures.add(new Figure("by-subject", row.code(), row.items())));
        summary.byChannel().forEach(row -> figures.add(new Figure("by-channel", row.code(), row.items())));
        Map<FindingKind, Long> kinds = new EnumMap<>(FindingKind.class);
        for (FindingKind kind : FindingKind.values()) {
            kinds.put(kind, 0L);
        }
        months.forEach(month -> analysis.analyse(month, scopeCode)
                .findings()
                .forEach(finding -> kinds.merge(finding.kind(), 1L, Long::sum)));
        kinds.forEach((kind, count) -> figures.add(new Figure("findings", kind.name(), count)));
        return figures;
    }

    static List<YearMonth> months(String period) {
        Matcher month = MONTH.matcher(period);
        if (month.matches()) {
            int value = Integer.parseInt(month.group(2));
            return value >= 1 && value <= 12
                    ? List.of(YearMonth.of(Integer.parseInt(month.group(1)), value))
                    : List.of();
        }
        Matcher quarter = QUARTER.matcher(period);
        if (quarter.matches()) {
            YearMonth first =
                    YearMonth.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1);
            return List.of(first, first.plusMonths(1), first.plusMonths(2));
        }
        return List.of();
    }
}
