package org.qingfeng.intake.rhythm.rules;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where a registered item was placed: its region and the reporting point above it. */
public record ItemPlace(
        UUID itemId,
        @Nullable String townshipCode,
        @Nullable String regionCode) {}
