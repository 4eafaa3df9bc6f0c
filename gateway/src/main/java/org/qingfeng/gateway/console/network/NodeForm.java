package org.qingfeng.gateway.console.network;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.FormValues;

/**
 * The node form's boxes as a person filled them: what the page shows again after a refusal, and
 * what the console sends intake. Contact roles are typed one per line (or between commas or 、);
 * a host only counts for a monitoring point.
 */
record NodeForm(
        String code,
        String kind,
        String name,
        String parentCode,
        String competentDepartmentCode,
        boolean active,
        String host,
        List<String> contactRoles,
        String description) {

    static final Set<String> FIELDS = Set.of(
            "code",
            "kind",
            "name",
            "parentCode",
            "competentDepartmentCode",
            "active",
            "host",
            "contactRoles",
            "description");

    private static final String MONITORING_POINT = "MONITORING_POINT";

    NodeForm {
        contactRoles = List.copyOf(contactRoles);
    }

    /** A new node: active until someone says otherwise. */
    static NodeForm blank() {
        return new NodeForm("", "", "", "", "", true, "", List.of(), "");
    }

    static NodeForm of(RegistryNode node) {
        return new NodeForm(
                node.code(),
                node.kind(),
                node.name(),
                orEmpty(node.parentCode()),
                orEmpty(node.competentDepartmentCode()),
                node.active(),
                orEmpty(node.host()),
                node.contactRoles(),
                orEmpty(node.description()));
    }

    static NodeForm from(FormValues form) {
        return new NodeForm(
                form.text("code", ""),
                form.text("kind", ""),
                form.text("name", ""),
                form.text("parentCode", ""),
                form.text("competentDepartmentCode", ""),
                form.ticked("active"),
                form.text("host", ""),
                form.items("contactRoles"),
                form.text("description", ""));
    }

    NodeDraft toDraft() {
        return new NodeDraft(
                orNull(code),
                orNull(kind),
                orNull(name),
                orNull(parentCode),
                orNull(competentDepartmentCode),
                active,
                MONITORING_POINT.equals(kind) ? orNull(host) : null,
                contactRoles,
                orNull(description));
    }

    /** The roles one per line, as the box shows them; public for the template. */
    public String contactRolesText() {
        return String.join("\n", contactRoles);
    }

    private static String orEmpty(@Nullable String value) {
        return Objects.toString(value, "");
    }

    private static @Nullable String orNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
