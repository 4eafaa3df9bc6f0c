package org.qingfeng.support.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The working-day tables, under {@code qingfeng.calendar.years.<year>}. Each service imports the
 * shipped tables with {@code spring.config.import: classpath:qingfeng/working-days.yml}; an operator
 * adds next year's table the same way once it is published.
 *
 * <pre>
 * qingfeng.calendar.years.2026:
 *   source: 国办发明电〔2025〕7号
 *   holidays: [2026-01-01..2026-01-03, 2026-04-04..2026-04-06]   # single days or from..to
 *   workdays: [2026-01-04]                                        # weekend days worked (调休上班)
 * </pre>
 */
@ConfigurationProperties("qingfeng.calendar")
public record CalendarProperties(Map<Integer, Year> years) {

    public CalendarProperties {
        years = years == null ? Map.of() : Map.copyOf(years);
    }

    public record Year(String source, List<String> holidays, List<LocalDate> workdays) {

        public Year {
            source = source == null ? "" : source;
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
            workdays = workdays == null ? List.of() : List.copyOf(workdays);
        }
    }

    public WorkingDayCalendar calendar() {
        List<YearTable> tables = new ArrayList<>();
        years.forEach((year, table) ->
                tables.add(new YearTable(year, table.source(), days(table.holidays()), Set.copyOf(table.workdays()))));
        return WorkingDayCalendar.of(tables);
    }

    /** Single days and {@code from..to} spans, both ends included. */
    static Set<LocalDate> days(List<String> entries) {
        Set<LocalDate> days = new HashSet<>();
        for (String entry : entries) {
            String[] ends = entry.strip().split("\\.\\.", 2);
            LocalDate from = LocalDate.parse(ends[0].strip());
            LocalDate to = ends.length == 2 ? LocalDate.parse(ends[1].strip()) : from;
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("holiday span ends before it starts: " + entry);
            }
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }
}
