package org.qingfeng.disposal.reminder;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.disposal.cases.CaseLabels;
import org.qingfeng.disposal.cases.CaseView;

/**
 * The words of a reminder, sanitised: the notice's number, the rung and the deadline, nothing about the
 * items or where they came from. A reply's deadline is the start of a day, so it is named as that day
 * ("须于…日前答复"); an acknowledgement's has its time of day.
 */
final class ReminderTexts {

    static final String DUE_SUBJECT = "【清风预警网】答复期限提醒 / Reply deadline reminder";
    static final String ACKNOWLEDGE_SUBJECT = "【清风预警网】签收期限提醒 / Acknowledgement deadline reminder";

    private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;

    ReminderTexts(ZoneId zone) {
        this.zone = zone;
    }

    String due(CaseView c, Instant dueAt) {
        ZonedDateTime day = dueAt.atZone(zone);
        return "贵单位收到的" + notice(c, true) + "须于" + CHINESE_DAY.format(day) + "前答复。/ The reply to " + notice(c, false)
                + " is due by " + ENGLISH_DAY.format(day) + ".";
    }

    String acknowledge(CaseView c, Instant acknowledgeBy) {
        ZonedDateTime at = acknowledgeBy.atZone(zone);
        return "贵单位收到的" + notice(c, true) + "须于" + CHINESE_DAY.format(at) + TIME.format(at) + "前签收。/ Receipt of "
                + notice(c, false) + " must be acknowledged by " + TIME.format(at) + " on " + ENGLISH_DAY.format(at)
                + ".";
    }

    /** {@code 〔2026〕7号通知（蓝色预警：书面说明）}, or the rung alone while no notice has a number yet. */
    private static String notice(CaseView c, boolean chinese) {
        String[] rung = CaseLabels.rung(c.rungCode()).split(" / ", 2);
        String label = chinese ? rung[0] : rung[rung.length - 1];
        String number = documentNumber(c);
        if (chinese) {
            return (number == null ? "处置通知" : number + "通知") + "（" + label + "）";
        }
        return (number == null ? "the notice" : "notice " + number) + " (" + label + ")";
    }

    private static @Nullable String documentNumber(CaseView c) {
        return c.notices().stream()
                .filter(s -> s.documentNumber() != null)
                .max(Comparator.comparingLong(CaseStepped::sequence))
                .map(CaseStepped::documentNumber)
                .orElse(null);
    }
}
