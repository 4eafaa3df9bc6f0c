package org.qingfeng.gateway.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Instants as the staff read them: minutes, in the network's time zone. */
public final class LocalTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LocalTimes() {}

    public static String format(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? "" : MINUTES.withZone(zone).format(instant);
    }
}
