package org.qingfeng.analysis.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.qingfeng.analysis.index.rules.IndexRow;
import org.qingfeng.analysis.index.rules.Quarter;
import org.qingfeng.analysis.period.FigureSource;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;
import org.springframework.stereotype.Component;

/**
 * The index's numbers as a quarter's close freezes them, under the default method: {@code index}
 * (integrity score), {@code index-grade} (1, 2, 3 for A, B, C) and {@code index-completeness}, keyed
 * by node code. A suppressed row's integrity figures are {@code -1}; its completeness, which rests on
 * no informant's item, is frozen as shown.
 */
@Component
class IndexFigures implements FigureSource {

    static final String INDEX = "index";
    static final String GRADE = "index-grade";
    static final String COMPLETENESS = "index-completeness";

    private static final double SUPPRESSED = -1;

    private final IntegrityIndex index;

    IndexFigures(IntegrityIndex index) {
        this.index = index;
    }

    @Override
    public List<Figure> figures(String scopeCode, String period) {
        return Quarter.parse(period)
                .map(quarter -> figures(index.all(quarter, scopeCode)))
                .orElse(List.of());
    }

    private static List<Figure> figures(List<IndexRow> rows) {
        List<Figure> figures = new ArrayList<>();
        for (IndexRow row : rows) {
            Integer score = row.integrity().score();
            figures.add(new Figure(INDEX, row.nodeCode(), score == null ? SUPPRESSED : score));
            figures.add(new Figure(
                    GRADE,
                    row.nodeCode(),
                    row.integrity().grade() == null
                            ? SUPPRESSED
                            : row.integrity().grade().figure()));
            figures.add(
                    new Figure(COMPLETENESS, row.nodeCode(), row.completeness().score()));
        }
        figures.sort(Comparator.comparing(Figure::table).thenComparing(Figure::key));
        return List.copyOf(figures);
    }
}
