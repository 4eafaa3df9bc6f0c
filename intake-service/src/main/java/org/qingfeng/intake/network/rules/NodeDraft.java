package org.qingfeng.intake.network.rules;

import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NodeKind;

/** A node as staff sent it, not yet checked; {@code active} is true when left out. */
public record NodeDraft(
        @Nullable String code,
        @Nullable NodeKind kind,
        @Nullable String name,
        @Nullable String parentCode,
        @Nullable String competentDepartmentCode,
        @Nullable Boolean active) {}
