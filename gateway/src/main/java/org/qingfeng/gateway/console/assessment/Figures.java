package org.qingfeng.gateway.console.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An informant's assessment figures as {@code name=value} pairs, the form a decision records them
 * in ({@code items=14}, {@code adoptedShare=0.64}): the values exactly as analysis sent them, in a
 * fixed order, a figure analysis left out left out too.
 */
final class Figures {

    private Figures() {}

    static List<String> of(Ranking.Ranked row) {
        List<String> figures = new ArrayList<>();
        add(figures, "rank", row.rank());
        add(figures, "items", row.items());
        add(figures, "adopted", row.adopted());
        add(figures, "adoptedShare", row.adoptedShare());
        add(figures, "timely", row.timely());
        add(figures, "timelyShare", row.timelyShare());
        add(figures, "duplicates", row.duplicates());
        add(figures, "unfounded", row.unfounded());
        add(figures, "malicious", row.malicious());
        add(figures, "score", row.score());
        add(figures, "recommendation", row.recommendation());
        return List.copyOf(figures);
    }

    /** A share (0.6428) as the page shows it: a whole percentage (64%); blank when unknown. */
    static String percent(@Nullable BigDecimal share) {
        return share == null
                ? ""
                : share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static void add(List<String> figures, String name, @Nullable Object value) {
        if (value == null) {
            return;
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        figures.add(name + "=" + text);
    }
}
