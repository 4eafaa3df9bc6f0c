package org.qingfeng.analysis.network.rules;

import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;

/** One node of intake's registry, as much of it as analysis needs: where it sits and whether it is in use. */
public record NetworkNode(
        String code, NodeKind kind, String name, @Nullable String parentCode, boolean active) {

    public static NetworkNode from(NetworkNodeChanged changed) {
        return new NetworkNode(
                changed.nodeCode(), changed.kind(), changed.name(), changed.parentCode(), changed.active());
    }
}
