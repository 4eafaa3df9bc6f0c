package org.qingfeng.gateway.console.network;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One node of intake's {@code GET /api/network/nodes}, as the network page shows and edits it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegistryNode(
        String code,
        String kind,
        String name,
        @Nullable String parentCode,
        @Nullable String competentDepartmentCode,
        boolean active,
        @Nullable String host,
        List<String> contactRoles,
        @Nullable String description) {

    RegistryNode {
        code = Objects.toString(code, "");
        kind = Objects.toString(kind, "");
        name = Objects.toString(name, code);
        contactRoles = contactRoles == null
                ? List.of()
                : contactRoles.stream().filter(Objects::nonNull).toList();
    }

    /** Public, as the record's accessors are, for the template. */
    public String contactRolesText() {
        return String.join("、", contactRoles);
    }
}
