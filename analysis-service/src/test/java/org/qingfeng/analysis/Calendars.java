package org.qingfeng.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.qingfeng.support.calendar.CalendarProperties;
import org.qingfeng.support.calendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The working-day calendar of the shipped tables (2025, 2026), as the service imports them. */
public final class Calendars {

    private Calendars() {}

    public static WorkingDayCalendar shipped() {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
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
