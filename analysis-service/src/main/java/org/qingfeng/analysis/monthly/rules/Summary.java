package org.qingfeng.analysis.monthly.rules;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** A month's counts over the cells of a scope: totals and one table per dimension, each by code. */
public record Summary(Row totals, List<Row> byTownship, List<Row> byUnit, List<Row> bySubject, List<Row> byChannel) {

    /** {@code unhandled} = items − handled. */
    public record Row(String code, long items, long handled) {

        public long unhandled() {
            return items - handled;
        }

        Row plus(CellCount cell) {
            return new Row(code, items + cell.items(), handled + cell.handled());
        }
    }

    public static Summary of(List<CellCount> cells) {
        Row totals = new Row("", 0, 0);
        for (CellCount cell : cells) {
            totals = totals.plus(cell);
        }
        return new Summary(
                totals,
                table(cells, CellCount::township),
                table(cells, CellCount::unit),
                table(cells, CellCount::subject),
                table(cells, CellCount::channel));
    }

    private static List<Row> table(List<CellCount> cells, Function<CellCount, String> codeOf) {
        Map<String, Row> rows = new TreeMap<>();
        cells.forEach(cell -> rows.merge(
                codeOf.apply(cell),
                new Row(codeOf.apply(cell), 0, 0).plus(cell),
                (a, b) -> new Row(a.code(), a.items() + b.items(), a.handled() + b.handled())));
        return List.copyOf(rows.values());
    }
}
