package org.qingfeng.intake.network.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.MonitoringHost;
import org.qingfeng.contracts.intake.NodeKind;

/** A node as staff sent it, not yet checked; {@code active} is true when left out. */
public record NodeDraft(
        @Nullable String code,
        @Nullable NodeKind kind,
        @Nullable String name,
        @Nullable String parentCode,
        @Nullable String competentDepartmentCode,
        @Nullable Boolean active,
        @Nullable MonitoringHost host,
        @Nullable List<String> contactRoles,
        @Nullable String description) {

    /** A draft without host, contact roles or description. */
    public NodeDraft(
            @Nullable String code,
            @Nullable NodeKind kind,
            @Nullable String name,
            @Nullable String parentCode,
            @Nullable String competentDepartmentCode,
            @Nullable Boolean active) {
        this(code, kind, name, parentCode, competentDepartmentCode, active, null, null, null);
    }
}
