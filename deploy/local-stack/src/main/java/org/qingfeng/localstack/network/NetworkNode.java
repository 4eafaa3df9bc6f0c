package org.qingfeng.localstack.network;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.MonitoringHost;
import org.qingfeng.contracts.intake.NodeKind;

/** One node as {@code PUT /api/network/nodes} takes it. */
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
}
