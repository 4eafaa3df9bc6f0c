package org.qingfeng.gateway.console;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The periods the analysis pages name in their URLs: months {@code yyyy-MM} and quarters
 * {@code yyyy-Qn} (Q1 = January to March), reckoned in the console's zone. A value that is not one
 * falls back to the period of today, so a mistyped URL shows the present instead of an error.
 */
public final class Periods {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");

    private Periods() {}

    public static boolean isMonth(@Nullable String text) {
        return text != null && MONTH.matcher(text).matches();
    }

    public static boolean isQuarter(@Nullable String text) {
        return text != null && QUARTER.matcher(text).matches();
    }

    /** A month or a quarter: what a closed period may be. */
    public static boolean isPeriod(@Nullable String text) {
        return isMonth(text) || isQuarter(text);
    }

    public static String month(@Nullable String text, LocalDate today) {
        String stripped = text == null ? null : text.strip();
        return isMonth(stripped) ? stripped : YearMonth.from(today).toString();
    }

    public static String quarter(@Nullable String text, LocalDate today) {
        String stripped = text == null ? null : text.strip();
        return isQuarter(stripped) ? stripped : quarterOf(today);
    }

    public static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** The month before {@code month} ({@code 2026-01} → {@code 2025-12}). */
    public static String previousMonth(String month) {
        return YearMonth.parse(month).minusMonths(1).toString();
    }

    /** The quarter before {@code quarter} ({@code 2026-Q1} → {@code 2025-Q4}). */
    public static String previousQuarter(String quarter) {
        int year = Integer.parseInt(quarter.substring(0, 4));
        int number = quarter.charAt(6) - '0';
        return number == 1 ? (year - 1) + "-Q4" : year + "-Q" + (number - 1);
    }

    /** The year's twelve months and four quarters, in that order. */
    public static List<String> of(int year) {
        return IntStream.rangeClosed(1, 16)
                .mapToObj(n -> n <= 12 ? YearMonth.of(year, n).toString() : year + "-Q" + (n - 12))
                .toList();
    }
}
