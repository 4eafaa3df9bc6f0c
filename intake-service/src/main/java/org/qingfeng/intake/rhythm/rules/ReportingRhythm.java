package org.qingfeng.intake.rhythm.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingCycle;

/**
 * The expected-report windows (DOMAIN.md, "Rhythm"), counted on the working-day calendar:
 *
 * <ul>
 *   <li>a township's month opens on the 1st of the next month and closes on its due day;
 *   <li>a city unit's quarter opens on the 1st of the next quarter and closes on its due day of that
 *       quarter's first month;
 *   <li>a monitoring point's quarter opens on the 10th and closes on the 15th of its third month.
 * </ul>
 *
 * A closing day that is a day off moves to the next working day (顺延); an opening day stays where it
 * is, since filing early is always allowed.
 */
public final class ReportingRhythm {

    /**
     * Further than any deadline moves: the longest run of days off in a published table is the Spring
     * Festival's nine days.
     */
    static final int LONGEST_MOVE_DAYS = 15;

    private static final int MONITORING_OPENS = 10;
    private static final int MONITORING_CLOSES = 15;

    private final RhythmSettings settings;
    private final WorkingDays days;

    public ReportingRhythm(RhythmSettings settings, WorkingDays days) {
        this.settings = settings;
        this.days = days;
    }

    public RhythmSettings settings() {
        return settings;
    }

    /** The window of a unit's report for a period; asks the calendar about the closing day's year. */
    public ReportingWindow window(ReportingUnit unit, ReportingPeriod period) {
        if (period.cycle() != unit.cycle()) {
            throw new IllegalArgumentException(unit.code() + " reports " + unit.cycle() + ", not " + period.cycle());
        }
        return new ReportingWindow(unit, period, opensOn(period), days.onOrAfter(nominalClose(period)));
    }

    public LocalDate opensOn(ReportingPeriod period) {
        return switch (period.cycle()) {
            case TOWNSHIP_MONTHLY, CITY_UNIT_QUARTERLY -> period.end().plusDays(1);
            case MONITORING_QUARTERLY -> period.lastMonth().atDay(MONITORING_OPENS);
        };
    }

    /** The closing day before it is moved off a day off: known without the calendar. */
    public LocalDate nominalClose(ReportingPeriod period) {
        YearMonth after = period.lastMonth().plusMonths(1);
        return switch (period.cycle()) {
            case TOWNSHIP_MONTHLY -> after.atDay(settings.townshipDueDay());
            case CITY_UNIT_QUARTERLY -> after.atDay(settings.cityUnitDueDay());
            case MONITORING_QUARTERLY -> period.lastMonth().atDay(MONITORING_CLOSES);
        };
    }

    /**
     * The periods of a cycle whose window may close between {@code from} and {@code to}, found without
     * asking the calendar, so that a caller can compute each window on its own and skip one whose year
     * has no table.
     */
    public List<ReportingPeriod> periodsClosingAround(ReportingCycle cycle, LocalDate from, LocalDate to) {
        LocalDate earliest = from.minusDays(LONGEST_MOVE_DAYS);
        List<ReportingPeriod> periods = new ArrayList<>();
        ReportingPeriod period = ReportingPeriod.containing(cycle, earliest.minusMonths(6));
        while (!nominalClose(period).isAfter(to)) {
            if (!nominalClose(period).isBefore(earliest)) {
                periods.add(period);
            }
            period = period.next();
        }
        return periods;
    }

    /** The unit's windows closing from {@code from} to {@code to}, both included, that the rhythm keeps. */
    public List<ReportingWindow> windowsClosingBetween(ReportingUnit unit, LocalDate from, LocalDate to) {
        return periodsClosingAround(unit.cycle(), from, to).stream()
                .map(period -> window(unit, period))
                .filter(window ->
                        !window.closesOn().isBefore(from) && !window.closesOn().isAfter(to))
                .filter(this::kept)
                .toList();
    }

    /** Whether the window closes on or after the day the rhythm starts; earlier ones are not expected. */
    public boolean kept(ReportingWindow window) {
        return settings.startsOn() == null || !window.closesOn().isBefore(settings.startsOn());
    }

    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, settings.zone());
    }

    /** A report filed at {@code filedAt}: on time up to the end of the closing day, in the rhythm's zone. */
    public ComplianceState stateOfFiling(ReportingWindow window, Instant filedAt) {
        return today(filedAt).isAfter(window.closesOn()) ? ComplianceState.LATE : ComplianceState.ON_TIME;
    }

    /** Whether a window without a report is to be flagged missing at {@code now}. */
    public boolean overdue(ReportingWindow window, Instant now) {
        return !now.isBefore(window.endsAt(settings.zone()).plus(settings.missingGrace()));
    }

    /**
     * The working day {@code remindWorkingDaysBefore} working days before the window opens, counting
     * back from the day before it opens.
     */
    public LocalDate remindBeforeOpeningOn(ReportingWindow window) {
        LocalDate day = window.opensOn();
        int counted = 0;
        while (counted < settings.remindWorkingDaysBefore()) {
            day = day.minusDays(1);
            if (days.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The reminder due on {@code today}, if any: from the reminder day until the window opens, and on
     * its last day, and only while nothing has been filed. A day the checker missed is made up for
     * before the window opens; the caller sends each reminder at most once.
     */
    public Optional<ReminderKind> reminderDue(ReportingWindow window, LocalDate today, boolean filed) {
        if (filed) {
            return Optional.empty();
        }
        if (today.equals(window.closesOn())) {
            return Optional.of(ReminderKind.LAST_DAY);
        }
        if (settings.remindWorkingDaysBefore() > 0
                && today.isBefore(window.opensOn())
                && !today.isBefore(remindBeforeOpeningOn(window))) {
            return Optional.of(ReminderKind.BEFORE_OPENING);
        }
        return Optional.empty();
    }
}
