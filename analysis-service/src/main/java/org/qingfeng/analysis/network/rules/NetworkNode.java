package org.qingfeng.analysis.network.rules;

import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;

/**
 * One node of intake's registry, as much of it as analysis needs: where it sits, whether it is in
 * use, and the competent department that receives analysis exchanges about it (the monthly
 * analysis's recurring problems), if any.
 */
public record NetworkNode(
        String code,
        NodeKind kind,
        String name,
        @Nullable String parentCode,
        boolean active,
        @Nullable String competentDepartmentCode) {

    /** A node without a competent department. */
    public NetworkNode(String code, NodeKind kind, String name, @Nullable String parentCode, boolean active) {
        this(code, kind, name, parentCode, active, null);
    }

    public static NetworkNode from(NetworkNodeChanged changed) {
        return new NetworkNode(
                changed.nodeCode(),
                changed.kind(),
                changed.name(),
                changed.parentCode(),
                changed.active(),
                changed.competentDepartmentCode());
    }
}
