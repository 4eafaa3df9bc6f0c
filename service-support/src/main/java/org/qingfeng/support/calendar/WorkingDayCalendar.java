package org.qingfeng.support.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days in mainland China: weekdays, less public holidays, plus the weekend days swapped into
 * working days (调休). Every deadline in the system is counted on it. Only years with a published
 * table are known: any question about another year throws {@link NoWorkingDayTable}.
 */
public final class WorkingDayCalendar {

    /** No deadline in the network is more than a year of working days away. */
    private static final int MAX_WORKING_DAYS = 260;

    private final Map<Integer, YearTable> years;

    private WorkingDayCalendar(Map<Integer, YearTable> years) {
        this.years = Map.copyOf(years);
    }

    public static WorkingDayCalendar of(Collection<YearTable> tables) {
        Map<Integer, YearTable> byYear = new TreeMap<>();
        for (YearTable table : tables) {
            if (byYear.put(table.year(), table) != null) {
                throw new IllegalArgumentException("two working-day tables for " + table.year());
            }
        }
        return new WorkingDayCalendar(byYear);
    }

    /** The years with a table, ascending. */
    public SortedSet<Integer> years() {
        return new TreeSet<>(years.keySet());
    }

    public YearTable table(int year) {
        YearTable table = years.get(year);
        if (table == null) {
            throw new NoWorkingDayTable(year);
        }
        return table;
    }

    public boolean isWorkingDay(LocalDate day) {
        return table(day.getYear()).isWorkingDay(day);
    }

    /** {@code day} if it is a working day, else the next one: a deadline on a day off moves on (顺延). */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate current = day;
        while (!isWorkingDay(current)) {
            current = current.plusDays(1);
        }
        return current;
    }

    /**
     * The {@code n}th working day after {@code start}, not counting {@code start} itself: a deadline of
     * "5 working days" from a notice sent on {@code start}. {@code n = 0} gives {@link #onOrAfter}.
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days must be between 0 and " + MAX_WORKING_DAYS + ": " + n);
        }
        if (n == 0) {
            return onOrAfter(start);
        }
        LocalDate current = start;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /** The working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return counted;
    }
}
