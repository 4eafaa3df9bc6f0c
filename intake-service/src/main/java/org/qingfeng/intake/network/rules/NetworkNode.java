package org.qingfeng.intake.network.rules;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.MonitoringHost;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;

/**
 * One node of the network tree as the registry holds it. Everything in it is published: it holds no
 * personal data.
 */
public record NetworkNode(
        String code,
        NodeKind kind,
        String name,
        @Nullable String parentCode,
        @Nullable String competentDepartmentCode,
        boolean active,
        @Nullable MonitoringHost host,
        List<String> contactRoles,
        @Nullable String description) {

    public NetworkNode {
        contactRoles = contactRoles == null ? List.of() : List.copyOf(contactRoles);
    }

    /** A node without host, contact roles or description. */
    public NetworkNode(
            String code,
            NodeKind kind,
            String name,
            @Nullable String parentCode,
            @Nullable String competentDepartmentCode,
            boolean active) {
        this(code, kind, name, parentCode, competentDepartmentCode, active, null, List.of(), null);
    }

    public static NetworkNode from(NetworkNodeChanged changed) {
        return new NetworkNode(
                changed.nodeCode(),
                changed.kind(),
                changed.name(),
                changed.parentCode(),
                changed.competentDepartmentCode(),
                changed.active(),
                changed.host(),
                changed.contactRoles(),
                changed.description());
    }

    public NetworkNodeChanged changed(UUID eventId, Instant occurredAt) {
        return new NetworkNodeChanged(
                eventId,
                occurredAt,
                code,
                kind,
                name,
                parentCode,
                competentDepartmentCode,
                active,
                host,
                contactRoles,
                description);
    }
}
