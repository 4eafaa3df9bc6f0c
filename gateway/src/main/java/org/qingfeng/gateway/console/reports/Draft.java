package org.qingfeng.gateway.console.reports;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.FormValues;

/**
 * The body of analysis's {@code PUT /api/reports/quarterly/{yyyy-Qn}/draft}: the three parts with
 * the revision the page read, so that analysis refuses (409) a save over someone else's.
 */
record Draft(
        @Nullable Long revision,
        @Nullable String workDynamics,
        @Nullable String salientProblems,
        @Nullable String handlingStatus) {

    static final Set<String> FIELDS = Set.of("revision", "workDynamics", "salientProblems", "handlingStatus");

    static Draft from(FormValues form) {
        String revision = form.text("revision");
        return new Draft(
                revision != null && revision.matches("\\d{1,18}") ? Long.valueOf(revision) : null,
                form.text("workDynamics"),
                form.text("salientProblems"),
                form.text("handlingStatus"));
    }
}
