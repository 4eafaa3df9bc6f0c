package org.qingfeng.intake.informant.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.contracts.intake.InformantRecorded.Verdict;
import org.qingfeng.intake.network.rules.KnownNames;
import org.qingfeng.intake.network.rules.PersonalData;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

/**
 * What a change to an informant must be. Texts that stay readable in intake's record (a course
 * title, a method, figures) are checked for personal data; texts that will be sealed (reasons,
 * notes) only for length.
 */
public final class ChangeRules {

    static final int MAX_REASON = 500;
    static final int MAX_NOTE = 2000;
    static final int MAX_COURSE = 100;
    static final int MAX_HOURS = 200;
    static final int MAX_FIGURES = 30;
    static final int FIRST_YEAR = 2000;

    private static final Pattern METHOD = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern FIGURE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}=[A-Za-z0-9._%+-]{1,32}");

    private ChangeRules() {}

    public static void checkStatus(StatusDraft draft, InformantRecorded current) {
        List<Violation> out = new ArrayList<>();
        if (draft.status() == null) {
            out.add(new Violation("status", IdentityRules.REQUIRED));
        } else if (draft.status() == current.status()) {
            out.add(new Violation("status", "状态未变化 / the informant already has this status"));
        }
        checkText("reason", draft.reason(), MAX_REASON, true, out);
        done(out);
    }

    public static void checkTraining(TrainingDraft draft, LocalDate today, KnownNames names) {
        List<Violation> out = new ArrayList<>();
        checkDay(draft.on(), today, out);
        if (draft.level() == null) {
            out.add(new Violation("level", IdentityRules.REQUIRED));
        }
        if (checkText("course", draft.course(), MAX_COURSE, true, out)) {
            PersonalData.find(draft.course(), names)
                    .ifPresent(kind -> out.add(new Violation("course", PersonalData.message(kind))));
        }
        if (draft.hours() == null) {
            out.add(new Violation("hours", IdentityRules.REQUIRED));
        } else if (draft.hours() < 1 || draft.hours() > MAX_HOURS) {
            out.add(new Violation("hours", "须为 1 到 200 学时 / must be 1 to 200 hours"));
        }
        done(out);
    }

    public static void checkContact(ContactDraft draft, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        checkDay(draft.on(), today, out);
        if (draft.way() == null) {
            out.add(new Violation("way", IdentityRules.REQUIRED));
        }
        checkText("note", draft.note(), MAX_NOTE, false, out);
        done(out);
    }

    public static void checkDecision(DecisionDraft draft, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        if (draft.year() == null) {
            out.add(new Violation("year", IdentityRules.REQUIRED));
        } else if (draft.year() < FIRST_YEAR || draft.year() > today.getYear()) {
            out.add(new Violation("year", "须为 2000 年至今年 / must be from 2000 to this year"));
        }
        if (draft.verdict() == null) {
            out.add(new Violation("verdict", IdentityRules.REQUIRED));
        }
        checkText("reason", draft.reason(), MAX_REASON, draft.verdict() == Verdict.DISMISS, out);
        if (draft.decidedBy() == null || draft.decidedBy().isBlank()) {
            out.add(new Violation("decidedBy", IdentityRules.REQUIRED));
        }
        if (draft.method() == null || draft.method().isBlank()) {
            out.add(new Violation("method", IdentityRules.REQUIRED));
        } else if (!METHOD.matcher(draft.method().strip()).matches()) {
            out.add(new Violation("method", "须为不超过 40 位的字母、数字、点或连字符 / letters, digits, dots and hyphens, at most 40"));
        }
        checkFigures(draft.figures(), out);
        done(out);
    }

    private static void checkFigures(@Nullable List<String> figures, List<Violation> out) {
        List<String> given = figures == null ? List.of() : figures;
        if (given.size() > MAX_FIGURES
                || given.stream().anyMatch(f -> f == null || !FIGURE.matcher(f).matches())) {
            out.add(new Violation(
                    "figures",
                    "每项须为 name=value（字母、数字），最多 30 项 / each must be name=value of letters and digits, at most 30"));
        }
    }

    private static void checkDay(@Nullable LocalDate on, LocalDate today, List<Violation> out) {
        if (on == null) {
            out.add(new Violation("on", IdentityRules.REQUIRED));
        } else if (on.isAfter(today)) {
            out.add(new Violation("on", "不能晚于今天 / cannot be in the future"));
        }
    }

    /** Whether the text is present and short enough; adds the violation when not. */
    private static boolean checkText(
            String field, @Nullable String text, int max, boolean required, List<Violation> out) {
        if (text == null || text.isBlank()) {
            if (required) {
                out.add(new Violation(field, IdentityRules.REQUIRED));
            }
            return false;
        }
        if (text.strip().length() > max) {
            out.add(new Violation(field, "不能超过 " + max + " 字 / must be at most " + max + " characters"));
            return false;
        }
        return true;
    }

    private static void done(List<Violation> out) {
        if (!out.isEmpty()) {
            throw new RulesViolated(out);
        }
    }
}
