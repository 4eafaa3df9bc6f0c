package org.qingfeng.gateway.console.triage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.FormValues;

/**
 * The body of analysis's {@code POST /api/triage}, from one item's decide form. The classification
 * is sent when the form names a subject area or a severity (analysis requires it for ACCEPTED and
 * LINKED and answers 400 on {@code classification.*} otherwise); blank boxes are left out.
 * {@code decidedBy} is not sent: analysis takes the caller's subject from the token.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TriageDecision(
        @Nullable String itemId,
        @Nullable String decision,
        @Nullable String reason,
        @Nullable String relatedItemId,
        @Nullable Classification classification) {

    /** The boxes a person fills; the item id travels hidden. */
    static final Set<String> FIELDS =
            Set.of("decision", "reason", "relatedItemId", "classification", "subjectArea", "severity");

    static final List<String> DECISIONS = List.of("ACCEPTED", "DUPLICATE", "LINKED", "UNFOUNDED", "MALICIOUS");
    static final List<String> SEVERITIES = List.of("MINOR", "MODERATE", "SERIOUS", "GRAVE");
    static final List<String> RISK_CATEGORIES = List.of(
            "IDEOLOGY_AND_MORALS",
            "POST_DUTIES",
            "BUSINESS_PROCESS",
            "INSTITUTIONS_AND_MECHANISMS",
            "EXTERNAL_ENVIRONMENT");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Classification(
            @Nullable String subjectArea,
            @Nullable String riskCategory,
            @Nullable String riskPointId,
            @Nullable String severity,
            @Nullable String office) {}

    static TriageDecision from(FormValues form) {
        String subjectArea = form.text("subjectArea");
        String severity = form.text("severity");
        Classification classification = subjectArea == null && severity == null
                ? null
                : new Classification(
                        subjectArea,
                        form.text("riskCategory"),
                        form.text("riskPointId"),
                        severity,
                        form.text("office"));
        return new TriageDecision(
                form.text("itemId"),
                form.text("decision"),
                form.text("reason"),
                form.text("relatedItemId"),
                classification);
    }

    /**
     * Where a service's error path belongs on the form: {@code classification.severity} beside
     * the severity box, {@code classification.subjectArea} beside the subject area.
     */
    static String fieldOf(String path) {
        return path.startsWith("classification.") ? path.substring("classification.".length()) : path;
    }
}
