package org.qingfeng.disposal.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.qingfeng.disposal.reminder.rules.ReminderSchedule;
import org.qingfeng.support.calendar.NoWorkingDayTable;
import org.qingfeng.support.calendar.WorkingDayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The reminder schedule on the service's working-day calendar, and the sweep's timer. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderConfiguration {

    @Bean
    ReminderSchedule reminderSchedule(ReminderProperties properties, WorkingDayCalendar calendar) {
        return new ReminderSchedule(
                properties.dueLeads(),
                properties.acknowledgeLeads(),
                properties.morning(),
                properties.zone(),
                day -> workingDay(calendar, day));
    }

    /**
     * A year without a table counts Monday to Friday, as the deadlines themselves do then: a reminder is
     * better a day early than missing.
     */
    static boolean workingDay(WorkingDayCalendar calendar, LocalDate day) {
        try {
            return calendar.isWorkingDay(day);
        } catch (NoWorkingDayTable e) {
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
    }
}
