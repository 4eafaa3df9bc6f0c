package org.qingfeng.analysis.report.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.rules.Violation;

/**
 * What a draft may hold: each part present (it may be empty), at most {@code maxLength} characters
 * after NFC normalisation, and no control characters but line breaks ({@code \r\n} is kept as
 * {@code \n}), so that the .docx and the PDF print what was typed.
 */
public final class DraftRules {

    private DraftRules() {}

    public static List<Violation> check(DraftEdit edit, int maxLength) {
        List<Violation> violations = new ArrayList<>();
        if (edit.revision() == null) {
            violations.add(new Violation("revision", "必填 / required"));
        } else if (edit.revision() < 0) {
            violations.add(new Violation("revision", "不能为负数 / must not be negative"));
        }
        text("workDynamics", edit.workDynamics(), maxLength, violations);
        text("salientProblems", edit.salientProblems(), maxLength, violations);
        text("handlingStatus", edit.handlingStatus(), maxLength, violations);
        return violations;
    }

    /** The part as it is kept: NFC, line breaks as {@code \n}. */
    public static String clean(@Nullable String text) {
        return Normalizer.normalize(Objects.requireNonNullElse(text, ""), Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n');
    }

    private static void text(String field, @Nullable String value, int maxLength, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, "必填 / required"));
            return;
        }
        String clean = clean(value);
        if (clean.codePointCount(0, clean.length()) > maxLength) {
            violations.add(new Violation(field, "不能超过%d个字符 / at most %d characters".formatted(maxLength, maxLength)));
        }
        if (clean.chars().anyMatch(c -> c != '\n' && Character.isISOControl(c))) {
            violations.add(new Violation(field, "不能包含换行以外的控制字符 / no control characters except line breaks"));
        }
    }
}
