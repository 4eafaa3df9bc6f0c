package org.qingfeng.disposal.cases;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the deadline sweeper every {@code disposal.cases.sweep.fixed-delay}, unless {@code disposal.cases.sweep.enabled=false}. */
@Component
@ConditionalOnProperty(name = "disposal.cases.sweep.enabled", havingValue = "true", matchIfMissing = true)
class SweepSchedule {

    private final DeadlineSweeper sweeper;

    SweepSchedule(DeadlineSweeper sweeper) {
        this.sweeper = sweeper;
    }

    @Scheduled(
            initialDelayString = "${disposal.cases.sweep.fixed-delay:PT60S}",
            fixedDelayString = "${disposal.cases.sweep.fixed-delay:PT60S}")
    void run() {
        sweeper.sweep();
    }
}
