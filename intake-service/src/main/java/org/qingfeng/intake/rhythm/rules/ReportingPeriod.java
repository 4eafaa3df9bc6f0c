package org.qingfeng.intake.rhythm.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qingfeng.contracts.intake.ReportingCycle;

/**
 * The stretch of time one report covers: a month ({@code 2026-09}) for a township, a quarter
 * ({@code 2026-Q3}) for a city unit or a monitoring point.
 *
 * @param index the month (1–12) or the quarter (1–4)
 */
public record ReportingPeriod(ReportingCycle cycle, int year, int index) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public ReportingPeriod {
        int last = isMonthly(cycle) ? 12 : 4;
        if (index < 1 || index > last) {
            throw new IllegalArgumentException("no period " + index + " in a " + cycle + " year");
        }
    }

    /** The period a label names, if it has the form of the cycle: {@code yyyy-MM} or {@code yyyy-Qn}. */
    public static Optional<ReportingPeriod> parse(ReportingCycle cycle, String label) {
        Matcher matcher = (isMonthly(cycle) ? MONTH : QUARTER).matcher(label);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(
                new ReportingPeriod(cycle, Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    /** The period {@code day} falls in. */
    public static ReportingPeriod containing(ReportingCycle cycle, LocalDate day) {
        int index = isMonthly(cycle) ? day.getMonthValue() : (day.getMonthValue() - 1) / 3 + 1;
        return new ReportingPeriod(cycle, day.getYear(), index);
    }

    public static String format(ReportingCycle cycle) {
        return isMonthly(cycle) ? "yyyy-MM" : "yyyy-Qn";
    }

    public String label() {
        return isMonthly(cycle) ? "%04d-%02d".formatted(year, index) : "%04d-Q%d".formatted(year, index);
    }

    public boolean monthly() {
        return isMonthly(cycle);
    }

    /** The first month of the period. */
    public YearMonth firstMonth() {
        return monthly() ? YearMonth.of(year, index) : YearMonth.of(year, index * 3 - 2);
    }

    /** The last month of the period. */
    public YearMonth lastMonth() {
        return monthly() ? firstMonth() : YearMonth.of(year, index * 3);
    }

    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    public LocalDate end() {
        return lastMonth().atEndOfMonth();
    }

    public ReportingPeriod next() {
        return containing(cycle, end().plusDays(1));
    }

    private static boolean isMonthly(ReportingCycle cycle) {
        return cycle == ReportingCycle.TOWNSHIP_MONTHLY;
    }
}
