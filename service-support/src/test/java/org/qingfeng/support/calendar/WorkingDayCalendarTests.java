package org.qingfeng.support.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The shipped tables, read the way every service reads them, against the published arrangements. */
class WorkingDayCalendarTests {

    private static final ApplicationContextRunner SERVICE = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(CalendarAutoConfiguration.class))
            .withPropertyValues("spring.config.import=classpath:qingfeng/working-days.yml");

    private static WorkingDayCalendar shipped() {
        WorkingDayCalendar[] calendar = new WorkingDayCalendar[1];
        SERVICE.run(context -> calendar[0] = context.getBean(WorkingDayCalendar.class));
        return calendar[0];
    }

    private final WorkingDayCalendar calendar = shipped();

    @Test
    void shipsTheCurrentYearAndTheOneBefore() {
        assertThat(calendar.years()).containsExactly(2025, 2026);
    }

    @Test
    void holidaysAreOffAndSwappedWeekendDaysAreWorked() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-05")))
                .as("国庆 Monday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-23")))
                .as("春节 Monday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10")))
                .as("调休 Saturday")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-09-20")))
                .as("调休 Sunday")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-17")))
                .as("plain Saturday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-08")))
                .as("plain Thursday")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-08")))
                .as("2025 国庆 Wednesday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-11")))
                .as("2025 调休 Saturday")
                .isTrue();
    }

    @Test
    void countsTheYearAsPublished() {
        // 365 days, 104 weekend days, 19 holidays on weekdays, 6 weekend days worked
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2025-12-31"), LocalDate.parse("2026-12-31")))
                .isEqualTo(248);
    }

    @Test
    void aDeadlineOnADayOffMovesToTheNextWorkingDay() {
        assertThat(calendar.onOrAfter(LocalDate.parse("2026-10-05"))).isEqualTo("2026-10-08");
        assertThat(calendar.onOrAfter(LocalDate.parse("2026-10-10"))).isEqualTo("2026-10-10");
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-09-30"), 1)).isEqualTo("2026-10-08");
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-09-24"), 2)).isEqualTo("2026-09-29");
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-10-09"), 1)).isEqualTo("2026-10-10");
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-10-04"), 0)).isEqualTo("2026-10-08");
    }

    @Test
    void aDateInAYearWithoutATableIsAClearErrorNotAGuess() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.parse("2026-12-28"), 5))
                .isInstanceOf(NoWorkingDayTable.class)
                .hasMessageContaining("2027 年没有工作日历表")
                .hasMessageContaining("qingfeng.calendar.years.2027");
    }

    @Test
    void refusesATableThatCannotBeRight() {
        LocalDate monday = LocalDate.parse("2026-03-02");
        assertThatThrownBy(() -> new YearTable(2026, "test", Set.of(), Set.of(monday)))
                .hasMessageContaining("only a weekend day can be swapped");
        assertThatThrownBy(() -> new YearTable(2026, "test", Set.of(LocalDate.parse("2027-01-01")), Set.of()))
                .hasMessageContaining("is not in 2026");
        LocalDate saturday = LocalDate.parse("2026-03-07");
        assertThatThrownBy(() -> new YearTable(2026, "test", Set.of(saturday), Set.of(saturday)))
                .hasMessageContaining("both a holiday and a working day");
    }

    @Test
    void anOperatorAddsAYearByConfiguration() {
        SERVICE.withPropertyValues(
                        "qingfeng.calendar.years.2031.source=test",
                        "qingfeng.calendar.years.2031.holidays[0]=2031-01-01..2031-01-03",
                        "qingfeng.calendar.years.2031.workdays[0]=2031-01-04")
                .run(context -> {
                    WorkingDayCalendar withNewYear = context.getBean(WorkingDayCalendar.class);
                    assertThat(withNewYear.years()).contains(2025, 2026, 2031);
                    assertThat(withNewYear.isWorkingDay(LocalDate.parse("2031-01-02")))
                            .isFalse();
                    assertThat(withNewYear.isWorkingDay(LocalDate.parse("2031-01-04")))
                            .isTrue();
                });
    }
}
