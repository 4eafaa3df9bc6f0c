package org.qingfeng.intake.rhythm.rules;

import java.util.List;
import java.util.UUID;

/** A report that passed the rules: a unit, a period that has started, and a nil report or its items. */
public record Filing(ReportingUnit unit, ReportingPeriod period, boolean nil, List<UUID> itemIds) {

    public Filing {
        itemIds = List.copyOf(itemIds);
    }
}
