package org.qingfeng.intake.rhythm.rules;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.qingfeng.contracts.intake.ReportingCycle;

/** What a reminder says, Chinese first, then English: the unit, the report, its window. */
public final class ReminderTexts {

    private static final String SENDER = "【清风预警网】";
    private static final String[] QUARTERS_ZH = {"一", "二", "三", "四"};

    private ReminderTexts() {}

    /** The SMS, also the e-mail's body. */
    public static String text(ReportingWindow window, ReminderKind kind) {
        String unit = window.unit().name();
        String zh = unit + periodZh(window.period()) + reportZh(window.unit().cycle());
        String en = "the " + reportEn(window.unit().cycle()) + " of " + unit + " for " + periodEn(window.period());
        int year = window.period().year();
        return switch (kind) {
            case BEFORE_OPENING ->
                SENDER + zh + "将于" + dayZh(window.opensOn(), year) + "开始报送，截止"
                        + dayZh(window.closesOn(), year) + "。/ Qingfeng: " + en + " is due from "
                        + dayEn(window.opensOn(), year) + " to " + dayEn(window.closesOn(), year) + ".";
            case LAST_DAY ->
                SENDER + zh + "今天（" + dayZh(window.closesOn(), year) + "）截止报送，尚未收到。/ Qingfeng: today ("
                        + dayEn(window.closesOn(), year) + ") is the last day for " + en
                        + ", and it has not been received.";
        };
    }

    public static String subject(ReportingWindow window, ReminderKind kind) {
        String what = window.unit().name()
                + periodZh(window.period())
                + reportZh(window.unit().cycle());
        String en = reportEn(window.unit().cycle()) + ", " + periodEn(window.period());
        return switch (kind) {
            case BEFORE_OPENING -> SENDER + "报送提醒：" + what + " / Reporting reminder: " + en;
            case LAST_DAY -> SENDER + "今日截止：" + what + " / Due today: " + en;
        };
    }

    private static String periodZh(ReportingPeriod period) {
        return period.monthly()
                ? period.year() + "年" + period.index() + "月"
                : period.year() + "年第" + QUARTERS_ZH[period.index() - 1] + "季度";
    }

    private static String periodEn(ReportingPeriod period) {
        return period.monthly()
                ? period.firstMonth().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + period.year()
                : period.year() + " Q" + period.index();
    }

    private static String reportZh(ReportingCycle cycle) {
        return switch (cycle) {
            case TOWNSHIP_MONTHLY -> "预警信息月报";
            case CITY_UNIT_QUARTERLY, MONITORING_QUARTERLY -> "预警信息季报";
        };
    }

    private static String reportEn(ReportingCycle cycle) {
        return switch (cycle) {
            case TOWNSHIP_MONTHLY -> "monthly report";
            case CITY_UNIT_QUARTERLY -> "quarterly report";
            case MONITORING_QUARTERLY -> "monitoring point's quarterly report";
        };
    }

    /** {@code 11月5日}, with the year when it is not the period's. */
    private static String dayZh(LocalDate day, int periodYear) {
        String monthDay = day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        return day.getYear() == periodYear ? monthDay : day.getYear() + "年" + monthDay;
    }

    private static String dayEn(LocalDate day, int periodYear) {
        String dayMonth = day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return day.getYear() == periodYear ? dayMonth : dayMonth + " " + day.getYear();
    }
}
