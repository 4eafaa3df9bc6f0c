package org.qingfeng.gateway.console.assessment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.FieldErrors;
import org.qingfeng.gateway.console.FormValues;

/**
 * The body of intake's {@code POST /api/informants/decisions}, from one row's decide form: the
 * verdict and reason a manager chose, with the method and the figures the row showed, so that the
 * decision records what it was based on.
 */
record Decision(
        @Nullable String informantToken,
        @Nullable Integer year,
        @Nullable String verdict,
        @Nullable String reason,
        String decidedBy,
        @Nullable String method,
        List<String> figures) {

    /** The boxes a person fills; token, year, method and figures travel hidden. */
    static final Set<String> FIELDS = Set.of("verdict", "reason");

    static final List<String> VERDICTS = List.of("COMMEND", "KEEP", "DISMISS");

    static Decision from(FormValues form, String decidedBy) {
        return new Decision(
                form.text("informantToken"),
                year(form.text("year")),
                form.text("verdict"),
                form.text("reason"),
                decidedBy,
                form.text("method"),
                form.all("figures"));
    }

    /** What the console can tell before asking intake: the hidden year must be a year. */
    static FieldErrors check(FormValues form) {
        return year(form.text("year")) == null
                ? new FieldErrors(Map.of(), List.of("year：年度无效 / not a valid year"))
                : FieldErrors.none();
    }

    private static @Nullable Integer year(@Nullable String text) {
        return text != null && text.matches("\\d{4}") ? Integer.valueOf(text) : null;
    }
}
