package org.qingfeng.gateway.console.triage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.FormValues;

/** The body of analysis's {@code POST /api/triage/conflicts}: a conflict the reviewer declares. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ConflictDeclaration(
        @Nullable String kind,
        @Nullable String target,
        @Nullable String reason) {

    static final Set<String> FIELDS = Set.of("kind", "target", "reason");
    static final List<String> KINDS = List.of("HOME_TOWNSHIP", "UNIT", "ITEM");

    static ConflictDeclaration from(FormValues form) {
        return new ConflictDeclaration(form.text("kind"), form.text("target"), form.text("reason"));
    }

    /** The body of {@code POST /api/triage/conflicts/withdrawal}. */
    record Withdrawal(@Nullable String conflictId) {}
}
