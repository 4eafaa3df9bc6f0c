package org.qingfeng.disposal.reminder;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.qingfeng.disposal.DisposalProperties;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.disposal.reminder.rules.ReminderSchedule;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** A reminder sweep built by hand over given cases, with the default leads and Monday-to-Friday working days. */
final class Sweeps {

    static final ReminderProperties DEFAULTS = new ReminderProperties(
            true,
            Duration.ofMinutes(5),
            List.of(2, 0),
            List.of(Duration.ofHours(4)),
            LocalTime.of(8, 0),
            ZoneId.of("Asia/Shanghai"));

    private Sweeps() {}

    static ReminderSweep over(Cases cases, KafkaTemplate<String, Object> kafka, MeterRegistry registry) {
        ReminderSchedule schedule = new ReminderSchedule(
                DEFAULTS.dueLeads(),
                DEFAULTS.acknowledgeLeads(),
                DEFAULTS.morning(),
                DEFAULTS.zone(),
                day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY);
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("cases", cases));
        return new ReminderSweep(
                beans.getBeanProvider(Cases.class),
                schedule,
                kafka,
                beans.getBeanProvider(Clock.class),
                DEFAULTS,
                new DisposalProperties(
                        new DisposalProperties.Kafka((short) 1, Duration.ofSeconds(10)), Duration.ofSeconds(30)),
                registry);
    }
}
