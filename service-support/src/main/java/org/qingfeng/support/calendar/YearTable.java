package org.qingfeng.support.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year's published arrangement (国务院办公厅关于某年部分节假日安排的通知): the days off, including
 * weekend days inside a holiday span, and the weekend days that are worked instead (调休上班).
 *
 * @param source the notice the table was copied from, shown in errors and in the README
 */
public record YearTable(int year, String source, Set<LocalDate> holidays, Set<LocalDate> workdays) {

    /** Refuses a table that cannot be right: a day outside the year, a day both off and worked, a worked weekday. */
    public YearTable {
        holidays = Set.copyOf(new TreeSet<>(holidays));
        workdays = Set.copyOf(new TreeSet<>(workdays));
        List<String> wrong = new ArrayList<>();
        for (LocalDate day : holidays) {
            if (day.getYear() != year) {
                wrong.add("holiday " + day + " is not in " + year);
            }
            if (workdays.contains(day)) {
                wrong.add(day + " is both a holiday and a working day");
            }
        }
        for (LocalDate day : workdays) {
            if (day.getYear() != year) {
                wrong.add("working day " + day + " is not in " + year);
            }
            if (!isWeekend(day)) {
                wrong.add("working day " + day + " is a " + day.getDayOfWeek() + ": only a weekend day can be swapped");
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException("工作日历 " + year + " 有误 / the working-day table of " + year + " is wrong: "
                    + String.join("; ", wrong));
        }
    }

    boolean isWorkingDay(LocalDate day) {
        if (holidays.contains(day)) {
            return false;
        }
        return workdays.contains(day) || !isWeekend(day);
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
