package org.qingfeng.disposal.network.rules;

import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;

/**
 * One node of intake's registry, as much of it as disposal needs: where it sits, whether it is in
 * use, and for a department the competent department that hears about its recurring problems.
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
}
