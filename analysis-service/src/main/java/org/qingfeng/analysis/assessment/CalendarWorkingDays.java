package org.qingfeng.analysis.assessment;

import java.time.LocalDate;
import org.qingfeng.analysis.assessment.rules.WorkingDays;
import org.qingfeng.support.calendar.NoWorkingDayTable;
import org.qingfeng.support.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/** The method's working days from the shared calendar; a year without a table becomes the method's own {@code NoTable}. */
@Component
class CalendarWorkingDays implements WorkingDays {

    private final WorkingDayCalendar calendar;

    CalendarWorkingDays(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public int between(LocalDate from, LocalDate to) {
        try {
            return calendar.workingDaysBetween(from, to);
        } catch (NoWorkingDayTable e) {
            throw new NoTable(e.year());
        }
    }
}
