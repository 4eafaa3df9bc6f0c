package org.qingfeng.intake.rhythm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RhythmPropertiesTests {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Enabled.class);

    @Test
    void defaultsToTheRhythmOfTheSeedsInShanghai() {
        context.run(app -> {
            RhythmProperties rhythm = app.getBean(RhythmProperties.class);
            assertThat(rhythm.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(rhythm.townshipDueDay()).isEqualTo(5);
            assertThat(rhythm.cityUnitDueDay()).isEqualTo(10);
            assertThat(rhythm.remindWorkingDaysBefore()).isEqualTo(2);
            assertThat(rhythm.remindFrom()).isEqualTo(LocalTime.of(8, 30));
            assertThat(rhythm.checkInterval()).isEqualTo(Duration.ofMinutes(5));
            assertThat(rhythm.missingLookback()).isEqualTo(Duration.ofDays(31));
            assertThat(rhythm.startsOn()).isNull();
        });
    }

    @Test
    void bindsDatesTimesAndZonesAsWritten() {
        context.withPropertyValues(
                        "intake.rhythm.zone=Asia/Urumqi",
                        "intake.rhythm.remind-from=09:15",
                        "intake.rhythm.starts-on=2026-07-01",
                        "intake.rhythm.township-due-day=8")
                .run(app -> {
                    RhythmProperties rhythm = app.getBean(RhythmProperties.class);
                    assertThat(rhythm.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
                    assertThat(rhythm.remindFrom()).isEqualTo(LocalTime.of(9, 15));
                    assertThat(rhythm.startsOn()).isEqualTo(LocalDate.of(2026, 7, 1));
                    assertThat(rhythm.settings().townshipDueDay()).isEqualTo(8);
                });
    }

    @Test
    void refusesADueDaySomeMonthsDoNotHave() {
        context.withPropertyValues("intake.rhythm.township-due-day=31")
                .run(app -> assertThat(app).hasFailed());
    }

    @EnableConfigurationProperties(RhythmProperties.class)
    static class Enabled {}
}
