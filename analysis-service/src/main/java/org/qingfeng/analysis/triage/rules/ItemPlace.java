package org.qingfeng.analysis.triage.rules;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where an item belongs, as far as a reviewer's ties can reach it. */
public record ItemPlace(
        UUID itemId,
        @Nullable String townshipCode,
        @Nullable String unitCode) {}
