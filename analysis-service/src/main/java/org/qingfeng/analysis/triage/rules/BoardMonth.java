package org.qingfeng.analysis.triage.rules;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The board's month: {@code yyyy-MM} of the item's submission in the service's zone. */
public final class BoardMonth {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM");

    private BoardMonth() {}

    public static String of(Instant submittedAt, ZoneId zone) {
        return YearMonth.from(submittedAt.atZone(zone)).format(FORMAT);
    }

    /** The month asked for, when it is a well-formed {@code yyyy-MM} between 2000 and 2100. */
    public static Optional<String> parse(@Nullable String month) {
        if (month == null || month.length() != 7) {
            return Optional.empty();
        }
        try {
            YearMonth parsed = YearMonth.parse(month, FORMAT);
            return parsed.getYear() < 2000 || parsed.getYear() > 2100
                    ? Optional.empty()
                    : Optional.of(parsed.format(FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
