package org.qingfeng.localstack.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Each figure beside its baseline and the ratio: submit (a) against the HTTP ping (b) and the raw
 * producer (c); end-to-end (d) against submit (a).
 */
final class ResultTable {

    private static final String ROW = "%-9s %11s %11s %7s %12s %7s %15s %7s%n";
    private static final List<Double> PERCENTILES = List.of(50.0, 90.0, 99.0, 99.9);

    private ResultTable() {}

    static String render(LoadResult submit, LoadResult ping, LoadResult produce, LoadResult endToEnd) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT, ROW, "", "submit (a)", "ping (b)", "a/b", "produce (c)", "a/c", "end-to-end (d)", "d/a"));
        for (double p : PERCENTILES) {
            table.append(row(label(p) + " ms", r -> r.percentileMillis(p), submit, ping, produce, endToEnd));
        }
        table.append(row("max ms", LoadResult::maxMillis, submit, ping, produce, endToEnd));
        table.append(row("done/s", LoadResult::throughputPerSecond, submit, ping, produce, endToEnd));
        table.append(String.format(
                Locale.ROOT,
                ROW,
                "failed",
                submit.failed(),
                ping.failed(),
                "",
                produce.failed(),
                "",
                endToEnd.failed(),
                ""));
        return table.toString();
    }

    static String ratio(double figure, double baseline) {
        if (Double.isNaN(figure) || Double.isNaN(baseline) || baseline == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1fx", figure / baseline);
    }

    private static String row(
            String label, ToDoubleFunction<LoadResult> figure, LoadResult a, LoadResult b, LoadResult c, LoadResult d) {
        double va = figure.applyAsDouble(a);
        double vb = figure.applyAsDouble(b);
        double vc = figure.applyAsDouble(c);
        double vd = figure.applyAsDouble(d);
        return String.format(
                Locale.ROOT,
                ROW,
                label,
                number(va),
                number(vb),
                ratio(va, vb),
                number(vc),
                ratio(va, vc),
                number(vd),
                ratio(vd, va));
    }

    private static String label(double percentile) {
        return percentile == Math.rint(percentile) ? "p" + (int) percentile : "p" + percentile;
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }
}
