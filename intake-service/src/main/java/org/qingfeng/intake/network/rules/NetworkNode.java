package org.qingfeng.intake.network.rules;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;

/**
 * One node of the network tree as the registry holds it. For an informant, {@code name} is only an
 * alias: the registry keeps no personal data.
 */
public record NetworkNode(
        String code,
        NodeKind kind,
        String name,
        @Nullable String parentCode,
        @Nullable String competentDepartmentCode,
        boolean active) {

    public static NetworkNode from(NetworkNodeChanged changed) {
        return new NetworkNode(
                changed.nodeCode(),
                changed.kind(),
                changed.name(),
                changed.parentCode(),
                changed.competentDepartmentCode(),
                changed.active());
    }

    public NetworkNodeChanged changed(UUID eventId, Instant occurredAt) {
        return new NetworkNodeChanged(
                eventId, occurredAt, code, kind, name, parentCode, competentDepartmentCode, active);
    }
}
