package org.qingfeng.gateway.console.informant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.FormValues;

/**
 * The body of intake's {@code POST /api/informants}, mapped from the appoint form. A blank box is
 * left out, so intake names it as missing. The console holds it only while sending: it is never
 * logged, stored, rendered back or put in a URL.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Appointment(
        @Nullable String number,
        @Nullable String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String idNumber,
        @Nullable String homeNodeCode,
        @Nullable String appointedByCode,
        @Nullable String type,
        List<String> backgrounds,
        List<String> roles,
        @Nullable String appointedOn) {

    /** The identity boxes: write-only, the page never fills them. */
    static final Set<String> IDENTITY = Set.of("number", "name", "phone", "email", "idNumber");

    static final Set<String> FIELDS = Set.of(
            "number",
            "name",
            "phone",
            "email",
            "idNumber",
            "homeNodeCode",
            "appointedByCode",
            "type",
            "backgrounds",
            "roles",
            "appointedOn");

    static Appointment from(FormValues form) {
        return new Appointment(
                form.text("number"),
                form.text("name"),
                form.text("phone"),
                form.text("email"),
                form.text("idNumber"),
                form.text("homeNodeCode"),
                form.text("appointedByCode"),
                form.text("type"),
                form.all("backgrounds"),
                form.all("roles"),
                form.text("appointedOn"));
    }
}
