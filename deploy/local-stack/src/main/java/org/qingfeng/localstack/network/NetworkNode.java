package org.qingfeng.localstack.network;

import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NodeKind;

/** One node as {@code PUT /api/network/nodes} takes it. */
public record NetworkNode(
        String code,
        NodeKind kind,
        String name,
        @Nullable String parentCode,
        @Nullable String competentDepartmentCode,
        boolean active) {}
