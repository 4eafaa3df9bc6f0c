package org.qingfeng.intake.rhythm;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the checker every {@code intake.rhythm.check-interval} on every instance, the first time one
 * interval after start so that the listeners have caught up. Several instances checking at once is
 * harmless: their flags are identical and each reminder is claimed once.
 */
@Component
class RhythmSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RhythmSchedule.class);

    private final RhythmChecker checker;
    private final Duration interval;

    RhythmSchedule(RhythmChecker checker, RhythmProperties properties) {
        this.checker = checker;
        this.interval = properties.checkInterval();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (interval.isZero()) {
            log.info("The reporting-rhythm checker is off on this instance (intake.rhythm.check-interval: 0)");
            return;
        }
        registrar.addFixedDelayTask(new FixedDelayTask(this::check, interval, interval));
    }

    private void check() {
        try {
            checker.check();
        } catch (RuntimeException e) {
            log.warn(
                    "The reporting-rhythm check failed, trying again in {}: {}",
                    interval,
                    e.getClass().getSimpleName());
        }
    }
}
