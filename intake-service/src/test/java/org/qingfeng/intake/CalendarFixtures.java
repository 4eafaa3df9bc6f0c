package org.qingfeng.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.qingfeng.intake.rhythm.rules.WorkingDays;
import org.qingfeng.support.calendar.CalendarProperties;
import org.qingfeng.support.calendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The working-day calendar the service ships with (2025 and 2026), read from the same YAML file. */
public final class CalendarFixtures {

    private static final WorkingDayCalendar SHIPPED = load();

    private CalendarFixtures() {}

    public static WorkingDayCalendar shippedCalendar() {
        return SHIPPED;
    }

    /** The shipped calendar through the rules' port: a year other than 2025 and 2026 throws. */
    public static WorkingDays shippedWorkingDays() {
        return new WorkingDays() {
            @Override
            public boolean isWorkingDay(LocalDate day) {
                return SHIPPED.isWorkingDay(day);
            }

            @Override
            public LocalDate onOrAfter(LocalDate day) {
                return SHIPPED.onOrAfter(day);
            }
        };
    }

    private static WorkingDayCalendar load() {
        try {
            var sources = new YamlPropertySourceLoader()
                    .load("working-days", new ClassPathResource("qingfeng/working-days.yml"));
            return new Binder(ConfigurationPropertySources.from(sources))
                    .bind("qingfeng.calendar", CalendarProperties.class)
                    .get()
                    .calendar();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
