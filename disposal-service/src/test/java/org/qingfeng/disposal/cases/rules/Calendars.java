package org.qingfeng.disposal.cases.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.qingfeng.support.calendar.CalendarProperties;
import org.qingfeng.support.calendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The working-day calendar the service ships with (2025 and 2026), read from the same YAML file. */
final class Calendars {

    private static final WorkingDayCalendar SHIPPED = load();

    private Calendars() {}

    static WorkingDayCalendar shipped() {
        return SHIPPED;
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
