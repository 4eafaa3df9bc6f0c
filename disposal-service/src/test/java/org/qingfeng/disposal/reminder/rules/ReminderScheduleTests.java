package org.qingfeng.disposal.reminder.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderScheduleTests {

    /** The start of Tuesday 24 November 2026 in Shanghai: the reply is due by the end of Monday the 23rd. */
    static final Instant DUE = Instant.parse("2026-11-23T16:00:00Z");

    final ReminderSchedule schedule = new ReminderSchedule(
            List.of(2, 0),
            List.of(Duration.ofHours(4)),
            LocalTime.of(8, 0),
            ZoneId.of("Asia/Shanghai"),
            ReminderScheduleTests::mondayToFriday);

    @Test
    void remindsTwoWorkingDaysBeforeTheLastDayAtEightInTheMorningSkippingTheWeekend() {
        assertThat(schedule.beforeDue(DUE, Instant.parse("2026-11-18T23:59:59Z")))
                .isEmpty();
        assertThat(schedule.beforeDue(DUE, Instant.parse("2026-11-19T00:00:00Z")))
                .hasValue(new ReminderSchedule.Lead("P2D", Instant.parse("2026-11-19T00:00:00Z")));
        assertThat(schedule.beforeDue(DUE, Instant.parse("2026-11-22T12:00:00Z")))
                .map(ReminderSchedule.Lead::code)
                .hasValue("P2D");
    }

    @Test
    void remindsOnTheLastDaysMorningWithLeadZero() {
        assertThat(schedule.beforeDue(DUE, Instant.parse("2026-11-23T00:00:00Z")))
                .hasValue(new ReminderSchedule.Lead("P0D", Instant.parse("2026-11-23T00:00:00Z")));
    }

    @Test
    void asksForNothingOnceTheDeadlineHasPassed() {
        assertThat(schedule.beforeDue(DUE, DUE)).isEmpty();
        assertThat(schedule.beforeAcknowledgement(DUE, DUE.plusSeconds(1))).isEmpty();
    }

    @Test
    void remindsOfTheAcknowledgementFourHoursBefore() {
        Instant by = Instant.parse("2026-11-17T02:00:00Z");

        assertThat(schedule.beforeAcknowledgement(by, Instant.parse("2026-11-16T21:59:59Z")))
                .isEmpty();
        assertThat(schedule.beforeAcknowledgement(by, Instant.parse("2026-11-16T22:00:00Z")))
                .hasValue(new ReminderSchedule.Lead("PT4H", Instant.parse("2026-11-16T22:00:00Z")));
    }

    private static boolean mondayToFriday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
