package org.qingfeng.gateway.console.network;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One node as intake's {@code PUT /api/network/nodes} takes it; a blank field is sent as null. */
record NodeDraft(
        @Nullable String code,
        @Nullable String kind,
        @Nullable String name,
        @Nullable String parentCode,
        @Nullable String competentDepartmentCode,
        boolean active,
        @Nullable String host,
        List<String> contactRoles,
        @Nullable String description) {}
