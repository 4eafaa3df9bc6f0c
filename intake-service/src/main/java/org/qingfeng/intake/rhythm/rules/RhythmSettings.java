package org.qingfeng.intake.rhythm.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The adjustable parts of the rhythm.
 *
 * @param zone where the days of the windows are counted
 * @param townshipDueDay the day of the next month a township's monthly report is due (1–28)
 * @param cityUnitDueDay the day of the next quarter's first month a city unit's report is due (1–28)
 * @param remindWorkingDaysBefore how many working days before a window opens its reminder goes; 0 sends none
 * @param missingGrace how long after a window's last day ends it is flagged missing, so that a report
 *     acknowledged just before midnight reaches the projection first
 * @param startsOn the first closing day the rhythm is kept on; earlier windows are not expected
 */
public record RhythmSettings(
        ZoneId zone,
        int townshipDueDay,
        int cityUnitDueDay,
        int remindWorkingDaysBefore,
        Duration missingGrace,
        @Nullable LocalDate startsOn) {

    /** No month has fewer days; later due days would fall into the month after. */
    static final int LAST_DUE_DAY = 28;

    static final int MAX_REMINDER_WORKING_DAYS = 20;

    public RhythmSettings {
        dueDay(townshipDueDay, "township-due-day");
        dueDay(cityUnitDueDay, "city-unit-due-day");
        if (remindWorkingDaysBefore < 0 || remindWorkingDaysBefore > MAX_REMINDER_WORKING_DAYS) {
            throw new IllegalArgumentException(
                    "remind-working-days-before must be between 0 and " + MAX_REMINDER_WORKING_DAYS);
        }
        if (missingGrace.isNegative()) {
            throw new IllegalArgumentException("missing-grace must not be negative");
        }
    }

    private static void dueDay(int day, String name) {
        if (day < 1 || day > LAST_DUE_DAY) {
            throw new IllegalArgumentException(name + " must be between 1 and " + LAST_DUE_DAY + ": " + day);
        }
    }
}
