package org.qingfeng.analysis.period.rules;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;

/**
 * Frozen figures: their order, their digest and how two sets of them differ.
 *
 * <p>The digest is SHA-256 over the figures in order, one line each, UTF-8: {@code
 * table|key|value\n}, the value in plain decimal notation without trailing zeros ({@code 42}, {@code
 * 0.5}, {@code -1}). Another program can recompute it from the event alone.
 */
public final class Figures {

    private static final Comparator<Figure> ORDER =
            Comparator.comparing(Figure::table).thenComparing(Figure::key);

    private Figures() {}

    /**
     * The figures sorted by table and key; of two with the same table and key (two sources claiming
     * the same row) the first given is kept, so a close never freezes a row twice.
     */
    public static List<Figure> ordered(List<Figure> figures) {
        Map<String, Figure> byRow = new LinkedHashMap<>();
        for (Figure figure : figures) {
            if (!Double.isFinite(figure.value())) {
                throw new IllegalArgumentException("figure " + figure.table() + "|" + figure.key() + " is not finite");
            }
            byRow.putIfAbsent(row(figure), figure);
        }
        return byRow.values().stream().sorted(ORDER).toList();
    }

    /** SHA-256 in lower-case hex over figures already {@link #ordered}. */
    public static String digest(List<Figure> ordered) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (Figure figure : ordered) {
            String line = figure.table() + "|" + figure.key() + "|" + plain(figure.value()) + "\n";
            sha256.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The rows whose value differs between {@code before} and {@code after}, or is in one only; by table and key. */
    public static List<Difference> differences(List<Figure> before, List<Figure> after) {
        Map<String, Figure> was = byRow(before);
        Map<String, Figure> is = byRow(after);
        Set<String> rows = new TreeSet<>(was.keySet());
        rows.addAll(is.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String row : rows) {
            Figure from = was.get(row);
            Figure to = is.get(row);
            Double fromValue = from == null ? null : from.value();
            Double toValue = to == null ? null : to.value();
            if (!Objects.equals(fromValue, toValue)) {
                Figure any = from != null ? from : Objects.requireNonNull(to);
                differences.add(new Difference(any.table(), any.key(), fromValue, toValue));
            }
        }
        return differences;
    }

    private static Map<String, Figure> byRow(List<Figure> figures) {
        Map<String, Figure> rows = new LinkedHashMap<>();
        figures.forEach(figure -> rows.putIfAbsent(row(figure), figure));
        return rows;
    }

    /** Table and key, separated by a character that sorts below every printable one so rows sort by table first. */
    private static String row(Figure figure) {
        return figure.table() + "\u0000" + figure.key();
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * One row that changed.
     *
     * @param from the earlier value, null when the row was not there
     * @param to the later value, null when the row is gone
     */
    public record Difference(
            String table,
            String key,
            @Nullable Double from,
            @Nullable Double to) {}
}
