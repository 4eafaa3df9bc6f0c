package org.qingfeng.localstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScheduleTests {

    private final Schedule schedule = new Schedule(200, Duration.ofSeconds(15));

    @Test
    void plansRateTimesDurationOperations() {
        assertThat(schedule.operations()).isEqualTo(3000);
    }

    @Test
    void spacesOperationsEvenlyWhateverHappenedBefore() {
        assertThat(schedule.dueAfterNanos(0)).isZero();
        assertThat(schedule.dueAfterNanos(1)).isEqualTo(5_000_000);
        assertThat(schedule.dueAfterNanos(200)).isEqualTo(1_000_000_000);
    }

    @Test
    void keepsTheIntervalExactForRatesThatDoNotDivideASecond() {
        Schedule thirds = new Schedule(3, Duration.ofSeconds(1));

        assertThat(thirds.dueAfterNanos(2)).isEqualTo(666_666_666);
        assertThat(thirds.dueAfterNanos(3)).isEqualTo(1_000_000_000);
    }
}
