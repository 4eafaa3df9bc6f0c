package org.qingfeng.intake.rhythm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.ComplianceState;

/** What the projection holds for one window: how it was kept and, for a report, when and what. */
record ComplianceRecord(
        String key, ComplianceState state, @Nullable Instant filedAt, boolean nil, int itemCount) {}
