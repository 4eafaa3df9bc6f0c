package org.qingfeng.disposal.reminder;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code disposal.reminders.*}.
 *
 * @param enabled whether the schedule sweeps on this instance ({@code sweep()} can always be called)
 * @param fixedDelay the pause between the end of one sweep and the start of the next
 * @param dueLeads working days before a reply's last day, on whose morning a reminder is asked for; 0 is
 *     the last day's own morning
 * @param acknowledgeLeads how long before the immediate lane's acknowledgement deadline to remind
 * @param morning the local time a working-day lead fires at
 * @param zone the zone the working days are counted in
 */
@ConfigurationProperties("disposal.reminders")
public record ReminderProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5m") Duration fixedDelay,
        @DefaultValue({"2", "0"}) List<Integer> dueLeads,
        @DefaultValue("PT4H") List<Duration> acknowledgeLeads,
        @DefaultValue("08:00") LocalTime morning,
        @DefaultValue("Asia/Shanghai") ZoneId zone) {}
