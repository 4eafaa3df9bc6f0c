package org.qingfeng.intake.rhythm;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.rhythm.rules.RhythmSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reporting rhythm, under {@code intake.rhythm.*}.
 *
 * @param zone where the days of the windows are counted
 * @param townshipDueDay the day of the next month a township's report is due, moved to a working day
 * @param cityUnitDueDay the day of the next quarter's first month a city unit's report is due, moved likewise
 * @param remindWorkingDaysBefore how many working days before a window opens its reminder goes; 0 sends none
 * @param remindFrom the time of day from which reminders go out, so that nobody gets one at midnight
 * @param checkInterval how often the checker runs on each instance; 0 leaves it off
 * @param missingLookback how far back the checker looks for windows that closed without a report
 * @param missingGrace how long after a window's last day it is flagged missing
 * @param startsOn the first closing day the rhythm is kept on, such as the day a county started; none by default
 */
@ConfigurationProperties("intake.rhythm")
public record RhythmProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("5") int townshipDueDay,
        @DefaultValue("10") int cityUnitDueDay,
        @DefaultValue("2") int remindWorkingDaysBefore,
        @DefaultValue("08:30") LocalTime remindFrom,
        @DefaultValue("5m") Duration checkInterval,
        @DefaultValue("31d") Duration missingLookback,
        @DefaultValue("15m") Duration missingGrace,
        @Nullable LocalDate startsOn) {

    /** Refuses settings the rhythm cannot keep at start, not at the first check. */
    public RhythmProperties {
        new RhythmSettings(zone, townshipDueDay, cityUnitDueDay, remindWorkingDaysBefore, missingGrace, startsOn);
        if (checkInterval.isNegative()) {
            throw new IllegalArgumentException("intake.rhythm.check-interval must not be negative");
        }
        if (missingLookback.isNegative() || missingLookback.isZero()) {
            throw new IllegalArgumentException("intake.rhythm.missing-lookback must be positive");
        }
    }

    public RhythmSettings settings() {
        return new RhythmSettings(
                zone, townshipDueDay, cityUnitDueDay, remindWorkingDaysBefore, missingGrace, startsOn);
    }
}
