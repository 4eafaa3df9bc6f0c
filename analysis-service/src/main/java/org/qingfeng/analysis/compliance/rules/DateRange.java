package org.qingfeng.analysis.compliance.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.qingfeng.analysis.rules.RulesViolated;

/** A range of days asked for: both ends included, {@code to} not before {@code from}, at most {@code maxDays} long. */
public record DateRange(LocalDate from, LocalDate to) {

    public static DateRange checked(LocalDate from, LocalDate to, int maxDays) {
        if (to.isBefore(from)) {
            throw RulesViolated.of("to", "结束日期不能早于开始日期 / to must not be before from");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > maxDays) {
            throw RulesViolated.of(
                    "to",
                    "查询范围不能超过 " + maxDays + " 天，请分段查询 / the range must not exceed " + maxDays + " days, ask in parts");
        }
        return new DateRange(from, to);
    }
}
