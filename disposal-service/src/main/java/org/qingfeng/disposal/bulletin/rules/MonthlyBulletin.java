package org.qingfeng.disposal.bulletin.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.disposal.cases.CaseLabels;
import org.qingfeng.disposal.cases.CaseView;

/**
 * A month's rectification bulletin (整改情况通报): one row per case that took a step in the month,
 * with its standing at the month's end (or now, for the running month), and the month's totals.
 *
 * @param rows by the day opened, then unit
 */
public record MonthlyBulletin(YearMonth month, List<Row> rows, Totals totals) {

    /**
     * @param dueOn the day before which the reply is due (the deadline's day), null when nothing is due
     * @param repliedOn the latest reply up to the month's end
     * @param closedOn the day the case was closed or referred
     */
    public record Row(
            String unitName,
            String rungLabel,
            WarningColour colour,
            CaseStepped.State state,
            LocalDate opened,
            @Nullable LocalDate dueOn,
            @Nullable LocalDate repliedOn,
            @Nullable LocalDate closedOn) {}

    /**
     * @param opened cases opened in the month
     * @param closed cases closed in the month
     * @param referred cases referred for investigation in the month
     * @param escalated rungs climbed in the month (timeouts and rejected replies)
     * @param overdue cases whose deadline had passed unanswered at the month's end
     */
    public record Totals(long opened, long closed, long referred, long escalated, long overdue) {}

    /**
     * @param cases the cases with a step in the month (any others are ignored)
     * @param names a node's name by its code
     */
    public static MonthlyBulletin of(
            YearMonth month, ZoneId zone, List<CaseView> cases, Function<String, String> names, Instant now) {
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant next = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Instant end = now.isBefore(next) ? now : next;
        List<CaseView> inMonth = cases.stream()
                .filter(c -> c.history().stream().anyMatch(s -> within(s, from, next)))
                .toList();
        List<Row> rows = inMonth.stream()
                .map(c -> row(c, zone, names, next))
                .sorted(Comparator.comparing(Row::opened).thenComparing(Row::unitName))
                .toList();
        Totals totals = new Totals(
                inMonth.stream().filter(c -> becameIn(c, from, next, null)).count(),
                inMonth.stream()
                        .filter(c -> becameIn(c, from, next, CaseStepped.State.CLOSED))
                        .count(),
                inMonth.stream()
                        .filter(c -> becameIn(c, from, next, CaseStepped.State.REFERRED))
                        .count(),
                inMonth.stream()
                        .flatMap(c -> c.history().stream())
                        .filter(s -> within(s, from, next))
                        .filter(s ->
                                s.step() == CaseStepped.Step.ESCALATED || s.step() == CaseStepped.Step.REPLY_REJECTED)
                        .count(),
                inMonth.stream()
                        .filter(c -> standing(c, end).map(s -> overdue(s, end)).orElse(false))
                        .count());
        return new MonthlyBulletin(month, rows, totals);
    }

    private static Row row(CaseView c, ZoneId zone, Function<String, String> names, Instant end) {
        CaseStepped standing = standing(c, end).orElseThrow();
        boolean finished = standing.finished();
        return new Row(
                names.apply(c.unitCode()),
                CaseLabels.rung(standing.rungCode()),
                standing.colour(),
                standing.state(),
                day(c.openedAt(), zone),
                finished || standing.dueAt() == null ? null : day(standing.dueAt(), zone),
                c.history().stream()
                        .filter(s -> s.step() == CaseStepped.Step.REPLIED
                                && s.occurredAt().isBefore(end))
                        .reduce((first, second) -> second)
                        .map(s -> day(s.occurredAt(), zone))
                        .orElse(null),
                c.history().stream()
                        .filter(s -> s.finished() && s.occurredAt().isBefore(end))
                        .findFirst()
                        .map(s -> day(s.occurredAt(), zone))
                        .orElse(null));
    }

    /** The last step before {@code end}: each step carries the standing after it. */
    private static Optional<CaseStepped> standing(CaseView c, Instant end) {
        return c.history().stream().filter(s -> s.occurredAt().isBefore(end)).reduce((first, second) -> second);
    }

    /**
     * Whether the case first reached {@code state} in the month ({@code null}: whether it opened in it).
     */
    private static boolean becameIn(CaseView c, Instant from, Instant next, CaseStepped.@Nullable State state) {
        return c.history().stream()
                .filter(s -> state == null ? s.step() == CaseStepped.Step.OPENED : s.state() == state)
                .findFirst()
                .map(s -> within(s, from, next))
                .orElse(false);
    }

    private static boolean overdue(CaseStepped standing, Instant at) {
        boolean waiting =
                standing.state() == CaseStepped.State.OPEN || standing.state() == CaseStepped.State.ACKNOWLEDGED;
        boolean ackLate = standing.acknowledgeBy() != null
                && standing.state() == CaseStepped.State.OPEN
                && at.isAfter(standing.acknowledgeBy());
        boolean replyLate = standing.dueAt() != null && at.isAfter(standing.dueAt());
        return waiting && (ackLate || replyLate);
    }

    private static boolean within(CaseStepped s, Instant from, Instant next) {
        return !s.occurredAt().isBefore(from) && s.occurredAt().isBefore(next);
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }
}
