package org.qingfeng.intake.rhythm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.anyCityUnit;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.anyMonitoringPoint;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.anyTownship;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.defaultRhythm;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.period;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.rhythm;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.settings;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.support.calendar.NoWorkingDayTable;

/** Windows against hand-computed dates on the 2025 and 2026 tables. */
class ReportingRhythmTests {

    private final ReportingRhythm rhythm = defaultRhythm();

    @ParameterizedTest(name = "{0}: opens {1}, closes {2}")
    @CsvSource({
        // August 5th is a Wednesday
        "2026-07, 2026-08-01, 2026-08-05",
        // the 5th is a Sunday: Monday
        "2026-06, 2026-07-01, 2026-07-06",
        // the 5th and 6th are a weekend: Monday
        "2026-08, 2026-09-01, 2026-09-07",
        // the 5th falls in National Day (10-01..10-07): Thursday the 8th
        "2026-09, 2026-10-01, 2026-10-08",
        // Qingming 2025 (04-04..04-06), then a Monday
        "2025-03, 2025-04-01, 2025-04-07",
        // the 5th is a Thursday
        "2026-10, 2026-11-01, 2026-11-05",
    })
    void aTownshipsMonthClosesOnTheFifthOfTheNextMonthOrTheNextWorkingDay(
            String period, LocalDate opensOn, LocalDate closesOn) {
        ReportingWindow window = rhythm.window(anyTownship(), period(anyTownship(), period));

        assertThat(window.opensOn()).isEqualTo(opensOn);
        assertThat(window.closesOn()).isEqualTo(closesOn);
    }

    @Test
    void theTownshipDueDayIsConfigurable() {
        ReportingRhythm onThe20th = rhythm(settings(20, 10, 2, null));

        // 2026-09-20 is a Sunday, but worked (调休) before Mid-Autumn
        assertThat(onThe20th
                        .window(anyTownship(), period(anyTownship(), "2026-08"))
                        .closesOn())
                .isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @ParameterizedTest(name = "{0}: opens {1}, closes {2}")
    @CsvSource({
        // the 10th is a Saturday worked after National Day
        "2026-Q3, 2026-10-01, 2026-10-10",
        // a Friday
        "2026-Q2, 2026-07-01, 2026-07-10",
        // 2026-01-10 is an ordinary Saturday: Monday
        "2025-Q4, 2026-01-01, 2026-01-12",
    })
    void aCityUnitsQuarterClosesOnTheTenthOfTheNextQuartersFirstMonth(
            String period, LocalDate opensOn, LocalDate closesOn) {
        ReportingWindow window = rhythm.window(anyCityUnit(), period(anyCityUnit(), period));

        assertThat(window.opensOn()).isEqualTo(opensOn);
        assertThat(window.closesOn()).isEqualTo(closesOn);
    }

    @ParameterizedTest(name = "{0}: opens {1}, closes {2}")
    @CsvSource({
        "2026-Q3, 2026-09-10, 2026-09-15",
        // 2026-03-15 is a Sunday: Monday
        "2026-Q1, 2026-03-10, 2026-03-16",
        "2026-Q4, 2026-12-10, 2026-12-15",
    })
    void aMonitoringPointReportsBetweenTheTenthAndTheFifteenthOfTheQuartersThirdMonth(
            String period, LocalDate opensOn, LocalDate closesOn) {
        ReportingWindow window = rhythm.window(anyMonitoringPoint(), period(anyMonitoringPoint(), period));

        assertThat(window.opensOn()).isEqualTo(opensOn);
        assertThat(window.closesOn()).isEqualTo(closesOn);
    }

    @Test
    void aClosingDayInAYearWithoutATableIsNotGuessed() {
        assertThatThrownBy(() -> rhythm.window(anyTownship(), period(anyTownship(), "2026-12")))
                .isInstanceOfSatisfying(
                        NoWorkingDayTable.class, e -> assertThat(e.year()).isEqualTo(2027));
    }

    @Test
    void listsTheWindowsClosingInARangeIncludingOnesMovedIntoIt() {
        assertThat(rhythm.windowsClosingBetween(anyTownship(), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 11, 30)))
                .extracting(w -> w.period().label() + " " + w.closesOn())
                .containsExactly("2026-09 2026-10-08", "2026-10 2026-11-05");
    }

    @Test
    void listingARangeDoesNotAskAboutYearsBeyondIt() {
        assertThat(rhythm.windowsClosingBetween(anyCityUnit(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .extracting(w -> w.period().label())
                .containsExactly("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3");
    }

    @Test
    void windowsClosingBeforeTheRhythmStartsAreNotExpected() {
        ReportingRhythm fromJuly = rhythm(settings(5, 10, 2, LocalDate.of(2026, 7, 1)));

        assertThat(fromJuly.windowsClosingBetween(anyTownship(), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31)))
                .extracting(w -> w.period().label())
                .containsExactly("2026-06");
    }

    @Test
    void aReportIsOnTimeUntilMidnightInShanghaiAtTheEndOfTheClosingDay() {
        ReportingWindow september = rhythm.window(anyTownship(), period(anyTownship(), "2026-09"));

        assertThat(rhythm.stateOfFiling(september, Instant.parse("2026-10-08T15:59:59Z")))
                .isEqualTo(ComplianceState.ON_TIME);
        assertThat(rhythm.stateOfFiling(september, Instant.parse("2026-10-08T16:00:00Z")))
                .isEqualTo(ComplianceState.LATE);
    }

    @Test
    void aReportFiledBeforeTheWindowOpensIsOnTime() {
        ReportingWindow september = rhythm.window(anyTownship(), period(anyTownship(), "2026-09"));

        assertThat(rhythm.stateOfFiling(september, Instant.parse("2026-09-30T09:00:00Z")))
                .isEqualTo(ComplianceState.ON_TIME);
    }

    @Test
    void aWindowIsOverdueOnceItsLastDayAndTheGraceHaveEnded() {
        ReportingWindow september = rhythm.window(anyTownship(), period(anyTownship(), "2026-09"));

        assertThat(rhythm.overdue(september, Instant.parse("2026-10-08T16:14:59Z")))
                .isFalse();
        assertThat(rhythm.overdue(september, Instant.parse("2026-10-08T16:15:00Z")))
                .isTrue();
    }

    @ParameterizedTest(name = "{0} working days before {1}: {2}")
    @CsvSource({
        // Friday the 30th, Thursday the 29th
        "2, 2026-11-01, 2026-10-29",
        // across Mid-Autumn (09-25..09-27)
        "2, 2026-10-01, 2026-09-29",
        "4, 2026-10-01, 2026-09-24",
        // back to Sunday the 20th, worked before Mid-Autumn
        "8, 2026-10-01, 2026-09-20",
        "2, 2026-09-10, 2026-09-08",
    })
    void theReminderGoesSomeWorkingDaysBeforeTheWindowOpens(int workingDays, LocalDate opensOn, LocalDate remindOn) {
        ReportingRhythm reminding = rhythm(settings(5, 10, workingDays, null));
        ReportingWindow window =
                new ReportingWindow(anyTownship(), period(anyTownship(), "2026-08"), opensOn, opensOn.plusDays(4));

        assertThat(reminding.remindBeforeOpeningOn(window)).isEqualTo(remindOn);
    }

    @Test
    void remindsBeforeOpeningFromTheReminderDayAndOnTheLastDayWhileNothingIsFiled() {
        ReportingWindow october = rhythm.window(anyTownship(), period(anyTownship(), "2026-10"));

        assertThat(rhythm.reminderDue(october, LocalDate.of(2026, 10, 28), false))
                .isEmpty();
        assertThat(rhythm.reminderDue(october, LocalDate.of(2026, 10, 29), false))
                .contains(ReminderKind.BEFORE_OPENING);
        assertThat(rhythm.reminderDue(october, LocalDate.of(2026, 10, 31), false))
                .contains(ReminderKind.BEFORE_OPENING);
        assertThat(rhythm.reminderDue(october, LocalDate.of(2026, 11, 1), false))
                .isEmpty();
        assertThat(rhythm.reminderDue(october, LocalDate.of(2026, 11, 5), false))
                .contains(ReminderKind.LAST_DAY);
        assertThat(rhythm.reminderDue(october, LocalDate.of(2026, 11, 5), true)).isEmpty();
        assertThat(rhythm.reminderDue(october, LocalDate.of(2026, 10, 29), true))
                .isEmpty();
    }

    @Test
    void zeroWorkingDaysSendsNoReminderBeforeOpening() {
        ReportingRhythm silent = rhythm(settings(5, 10, 0, null));
        ReportingWindow october = silent.window(anyTownship(), period(anyTownship(), "2026-10"));

        assertThat(silent.reminderDue(october, LocalDate.of(2026, 10, 31), false))
                .isEmpty();
        assertThat(silent.reminderDue(october, LocalDate.of(2026, 11, 5), false))
                .contains(ReminderKind.LAST_DAY);
    }

    @Test
    void aMissingFlagIsStampedWithTheEndOfTheWindowSoEveryInstancePublishesTheSameEvent() {
        ReportingWindow september = rhythm.window(anyTownship(), period(anyTownship(), "2026-09"));

        var missing = september.missing(RhythmRulesFixtures.SHANGHAI);

        assertThat(missing).isEqualTo(september.missing(RhythmRulesFixtures.SHANGHAI));
        assertThat(missing.occurredAt()).isEqualTo(Instant.parse("2026-10-08T16:00:00Z"));
        assertThat(missing.key()).isEqualTo("330281-101|2026-09");
        assertThat(missing.filedAt()).isNull();
        assertThat(missing.eventId())
                .isNotEqualTo(september
                        .filed(ComplianceState.LATE, Instant.parse("2026-10-09T01:30:00Z"), true, 0)
                        .eventId());
    }
}
