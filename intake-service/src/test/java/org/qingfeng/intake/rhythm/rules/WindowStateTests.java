package org.qingfeng.intake.rhythm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.anyTownship;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.defaultRhythm;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.period;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.ComplianceState;

class WindowStateTests {

    private final ReportingWindow september = defaultRhythm().window(anyTownship(), period(anyTownship(), "2026-09"));

    @Test
    void withoutARecordAWindowIsUpcomingThenOpenThenMissing() {
        assertThat(WindowState.of(september, LocalDate.of(2026, 9, 30), null)).isEqualTo(WindowState.UPCOMING);
        assertThat(WindowState.of(september, LocalDate.of(2026, 10, 1), null)).isEqualTo(WindowState.OPEN);
        assertThat(WindowState.of(september, LocalDate.of(2026, 10, 8), null)).isEqualTo(WindowState.OPEN);
        assertThat(WindowState.of(september, LocalDate.of(2026, 10, 9), null)).isEqualTo(WindowState.MISSING);
    }

    @Test
    void aRecordSaysHowTheWindowWasKept() {
        assertThat(WindowState.of(september, LocalDate.of(2026, 9, 30), ComplianceState.ON_TIME))
                .isEqualTo(WindowState.ON_TIME);
        assertThat(WindowState.of(september, LocalDate.of(2026, 12, 1), ComplianceState.LATE))
                .isEqualTo(WindowState.LATE);
    }
}
