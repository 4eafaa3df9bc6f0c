package org.qingfeng.gateway.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.FormValues;

/**
 * The item JSON of intake's {@code POST /api/items} (the {@code item} part when files come along),
 * mapped from the public report form. Always the web form channel; a blank box is left out, so
 * intake names it as missing. Concerns and contact are sealed by intake; the gateway only carries
 * them through in a request body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReportDraft(
        @Nullable String regionCode,
        @Nullable String unitCode,
        @Nullable String subjectArea,
        @Nullable String urgency,
        String channel,
        @Nullable String description,
        @Nullable String occurredOn,
        @Nullable String concerns,
        @Nullable String contact) {

    static final String WEB_FORM = "WEB_FORM";

    /** The form's boxes that intake's errors may name. */
    static final Set<String> FIELDS = Set.of(
            "regionCode",
            "unitCode",
            "subjectArea",
            "urgency",
            "description",
            "occurredOn",
            "concerns",
            "contact",
            "attachments");

    static ReportDraft from(FormValues form) {
        return new ReportDraft(
                form.text("regionCode"),
                form.text("unitCode"),
                form.text("subjectArea"),
                form.text("urgency"),
                WEB_FORM,
                form.text("description"),
                form.text("occurredOn"),
                form.text("concerns"),
                form.text("contact"));
    }
}
