package org.qingfeng.analysis.report.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;

/**
 * The quarter's numbers, read from the figures the features publish ({@code FigureSource}).
 *
 * <p>The count tables ({@code totals}, {@code by-township}, {@code by-subject}, {@code by-channel})
 * are taken from the quarter's own figures when a source gives them for {@code yyyy-Qn}, otherwise
 * summed over the quarter's three months. A row key is {@code <code>|<measure>} with the measure
 * {@code items}, {@code handled} or {@code unhandled}, or the bare {@code <code>}, read as items; in
 * {@code totals} the key is the measure itself. A suppressed cell ({@code -1}) counts as nothing.
 * {@code index} is read as node → score, {@code index-grade} as node → 1, 2, 3 (A, B, C) or as
 * {@code <node>|<grade>}; every other table is kept as it came, by key.
 */
public record QuarterFigures(
        long items,
        long handled,
        long unhandled,
        List<Breakdown> byTownship,
        List<Breakdown> bySubject,
        List<Breakdown> byChannel,
        List<IndexRow> index,
        Map<String, List<Figure>> others) {

    public static final String TOTALS = "totals";
    public static final String BY_TOWNSHIP = "by-township";
    public static final String BY_SUBJECT = "by-subject";
    public static final String BY_CHANNEL = "by-channel";
    public static final String INDEX = "index";
    public static final String INDEX_GRADE = "index-grade";

    private static final Set<String> COUNTS = Set.of(TOTALS, BY_TOWNSHIP, BY_SUBJECT, BY_CHANNEL);
    private static final Set<String> MEASURES = Set.of("items", "handled", "unhandled", "count");
    private static final String[] GRADES = {"A", "B", "C"};

    /** Figures of the quarter itself and of each of its months. */
    public static QuarterFigures of(List<Figure> quarter, List<Figure> months) {
        List<Figure> counts = new ArrayList<>();
        for (String table : COUNTS) {
            List<Figure> own = table(quarter, table);
            counts.addAll(own.isEmpty() ? table(months, table) : own);
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        table(counts, TOTALS).forEach(f -> totals.merge(f.key(), count(f), Long::sum));
        long items = totals.getOrDefault("items", 0L);
        long handled = totals.getOrDefault("handled", 0L);
        long unhandled = totals.getOrDefault("unhandled", Math.max(0, items - handled));
        Map<String, List<Figure>> others = new LinkedHashMap<>();
        quarter.stream()
                .filter(f -> !COUNTS.contains(f.table())
                        && !f.table().equals(INDEX)
                        && !f.table().equals(INDEX_GRADE))
                .forEach(f -> others.computeIfAbsent(f.table(), t -> new ArrayList<>())
                        .add(f));
        return new QuarterFigures(
                items,
                handled,
                unhandled,
                breakdown(table(counts, BY_TOWNSHIP)),
                breakdown(table(counts, BY_SUBJECT)),
                breakdown(table(counts, BY_CHANNEL)),
                index(quarter),
                others);
    }

    private static List<Figure> table(List<Figure> figures, String table) {
        return figures.stream().filter(f -> f.table().equals(table)).toList();
    }

    private static long count(Figure figure) {
        return figure.value() < 0 ? 0 : Math.round(figure.value());
    }

    private static List<Breakdown> breakdown(List<Figure> figures) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (Figure figure : figures) {
            int bar = figure.key().lastIndexOf('|');
            String last = bar < 0 ? "" : figure.key().substring(bar + 1);
            boolean measured = MEASURES.contains(last);
            String code = measured ? figure.key().substring(0, bar) : figure.key();
            String measure = measured ? last : "items";
            long[] row = rows.computeIfAbsent(code, c -> new long[2]);
            switch (measure) {
                case "items", "count" -> row[0] += count(figure);
                case "handled" -> row[1] += count(figure);
                default -> {
                    // unhandled follows from items and handled
                }
            }
        }
        return rows.entrySet().stream()
                .map(e -> new Breakdown(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(Breakdown::items).reversed().thenComparing(Breakdown::code))
                .toList();
    }

    private static List<IndexRow> index(List<Figure> quarter) {
        Map<String, String> grades = new LinkedHashMap<>();
        for (Figure figure : table(quarter, INDEX_GRADE)) {
            String grade = grade(figure);
            if (grade != null) {
                grades.put(node(figure.key()), grade);
            }
        }
        return table(quarter, INDEX).stream()
                .map(f -> new IndexRow(node(f.key()), f.value(), grades.get(node(f.key()))))
                .sorted(Comparator.comparing(IndexRow::node))
                .toList();
    }

    private static @Nullable String grade(Figure figure) {
        int bar = figure.key().lastIndexOf('|');
        if (bar >= 0) {
            return figure.key().substring(bar + 1);
        }
        int rank = (int) Math.round(figure.value());
        return rank >= 1 && rank <= GRADES.length ? GRADES[rank - 1] : null;
    }

    private static String node(String key) {
        int bar = key.indexOf('|');
        return bar < 0 ? key : key.substring(0, bar);
    }
}
