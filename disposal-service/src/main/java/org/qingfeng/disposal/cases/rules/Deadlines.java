package org.qingfeng.disposal.cases.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.qingfeng.support.calendar.WorkingDayCalendar;

/**
 * Deadlines of a rung: the start (00:00 in the station's zone) of the day after the n-th working day
 * counted from the day after the step. A day in a year the calendar has no table for is counted
 * Monday to Friday rather than refused: a case must not stall on a missing table, and the note says
 * which year was guessed so that the reason shows it.
 */
public final class Deadlines {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final WorkingDayCalendar calendar;

    public Deadlines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * @param note null when every day counted had a table; else the Chinese-first words saying which
     *     years were counted Monday to Friday
     */
    public record Due(Instant at, @Nullable String note) {}

    public Due after(Instant step, int workingDays) {
        Set<Integer> known = calendar.years();
        SortedSet<Integer> guessed = new TreeSet<>();
        LocalDate day = step.atZone(ZONE).toLocalDate();
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            boolean working;
            if (known.contains(day.getYear())) {
                working = calendar.isWorkingDay(day);
            } else {
                guessed.add(day.getYear());
                working = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            }
            if (working) {
                counted++;
            }
        }
        Instant at = day.plusDays(1).atStartOfDay(ZONE).toInstant();
        return new Due(at, guessed.isEmpty() ? null : note(guessed));
    }

    /** The last day the reply may come, as people read a deadline. */
    public static LocalDate lastDay(Instant dueAt) {
        return dueAt.atZone(ZONE).toLocalDate().minusDays(1);
    }

    private static String note(SortedSet<Integer> years) {
        String list = years.stream().map(String::valueOf).collect(Collectors.joining("、"));
        String en = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return list + "年尚无工作日历表，期限按周一至周五计算 / no working-day table for " + en + ": the deadline counts Monday to Friday";
    }
}
