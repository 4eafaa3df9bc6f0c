package org.qingfeng.analysis.report.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** A calendar quarter, {@code yyyy-Qn}; Q1 is January to March. */
public record Quarter(int year, int number) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final String[] NUMERALS = {"一", "二", "三", "四"};

    public Quarter {
        if (year < 2000 || year > 2100 || number < 1 || number > 4) {
            throw new IllegalArgumentException("no such quarter: " + year + "-Q" + number);
        }
    }

    /** The quarter {@code text} names, empty when it is not {@code yyyy-Qn} with a year 2000–2100. */
    public static Optional<Quarter> parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 2000 || year > 2100) {
            return Optional.empty();
        }
        return Optional.of(new Quarter(year, Integer.parseInt(matcher.group(2))));
    }

    /** The quarter {@code month} lies in. */
    public static Quarter of(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    /** Its three months, {@code yyyy-MM}, in order. */
    public List<String> months() {
        return IntStream.rangeClosed(1, 3)
                .mapToObj(i -> "%04d-%02d".formatted(year, (number - 1) * 3 + i))
                .toList();
    }

    /** True when {@code month} ({@code yyyy-MM}) lies in this quarter. */
    public boolean contains(String month) {
        return months().contains(month);
    }

    /** The first instant of the quarter in {@code zone}. */
    public Instant start(ZoneId zone) {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1).atStartOfDay(zone).toInstant();
    }

    /** The first instant after the quarter in {@code zone}. */
    public Instant end(ZoneId zone) {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1)
                .plusMonths(3)
                .atStartOfDay(zone)
                .toInstant();
    }

    /** As a title says it: {@code 2026年第四季度}. */
    public String label() {
        return year + "年第" + NUMERALS[number - 1] + "季度";
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
