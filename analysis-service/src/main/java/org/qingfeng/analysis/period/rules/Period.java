package org.qingfeng.analysis.period.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month ({@code yyyy-MM}) or a quarter ({@code yyyy-Qn}, Q1 = January to March) a station closes.
 *
 * @param text the period as written, such as {@code 2026-10} or {@code 2026-Q4}
 * @param first its first day
 * @param end the day after its last day
 */
public record Period(String text, LocalDate first, LocalDate end) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** The period written as {@code yyyy-MM} or {@code yyyy-Qn}; empty for anything else. */
    public static Optional<Period> parse(String text) {
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return Optional.of(
                    new Period(text, yearMonth.atDay(1), yearMonth.plusMonths(1).atDay(1)));
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            int year = Integer.parseInt(quarter.group(1));
            int firstMonth = 3 * (Integer.parseInt(quarter.group(2)) - 1) + 1;
            LocalDate first = LocalDate.of(year, firstMonth, 1);
            return Optional.of(new Period(text, first, first.plusMonths(3)));
        }
        return Optional.empty();
    }

    /** The twelve months of the year, then its four quarters. */
    public static List<Period> ofYear(int year) {
        List<Period> periods = new ArrayList<>(16);
        for (int month = 1; month <= 12; month++) {
            periods.add(parse("%04d-%02d".formatted(year, month)).orElseThrow());
        }
        for (int quarter = 1; quarter <= 4; quarter++) {
            periods.add(parse("%04d-Q%d".formatted(year, quarter)).orElseThrow());
        }
        return periods;
    }

    public boolean isQuarter() {
        return text.contains("Q");
    }

    /** Whether the period's last day is over at {@code now}, days reckoned in {@code zone}. */
    public boolean hasEnded(Instant now, ZoneId zone) {
        return !now.isBefore(end.atStartOfDay(zone).toInstant());
    }
}
