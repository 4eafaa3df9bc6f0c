package org.qingfeng.analysis.index.rules;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, {@code yyyy-Qn}, Q1 = January to March. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter number " + number);
        }
    }

    /** {@code 2026-Q3}; empty for anything else. */
    public static Optional<Quarter> parse(String text) {
        Matcher matcher = QUARTER.matcher(text);
        return matcher.matches()
                ? Optional.of(new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }

    /** The quarter of a reporting period, {@code 2026-09} or {@code 2026-Q3}; empty for anything else. */
    public static Optional<Quarter> ofPeriod(String period) {
        Matcher month = MONTH.matcher(period);
        if (month.matches()) {
            return Optional.of(of(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)))));
        }
        return parse(period);
    }

    /** The quarter an instant falls in, reckoned in {@code zone}. */
    public static Quarter of(Instant instant, ZoneId zone) {
        return of(YearMonth.from(instant.atZone(zone)));
    }

    public static Quarter of(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** {@code count} quarters ending with this one, oldest first. */
    public List<Quarter> lastQuarters(int count) {
        List<Quarter> quarters = new ArrayList<>(count);
        Quarter quarter = this;
        for (int i = 0; i < count; i++) {
            quarters.add(0, quarter);
            quarter = quarter.previous();
        }
        return quarters;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
