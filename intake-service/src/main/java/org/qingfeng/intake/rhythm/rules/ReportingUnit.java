package org.qingfeng.intake.rhythm.rules;

import java.util.Optional;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.contracts.intake.ReportingCycle;

/**
 * A node that owes reports, with the rhythm its kind follows: townships monthly, city-direct units
 * and monitoring points quarterly (DOMAIN.md, "Rhythm").
 *
 * @param name the node's Chinese name, used in reminders
 */
public record ReportingUnit(String code, String name, NodeKind kind, ReportingCycle cycle) {

    /** The unit a node of this kind is, or empty for a kind that does not report. */
    public static Optional<ReportingUnit> of(String code, String name, NodeKind kind) {
        return cycleOf(kind).map(cycle -> new ReportingUnit(code, name, kind, cycle));
    }

    public static Optional<ReportingCycle> cycleOf(NodeKind kind) {
        return switch (kind) {
            case TOWNSHIP -> Optional.of(ReportingCycle.TOWNSHIP_MONTHLY);
            case CITY_UNIT -> Optional.of(ReportingCycle.CITY_UNIT_QUARTERLY);
            case MONITORING_POINT -> Optional.of(ReportingCycle.MONITORING_QUARTERLY);
            default -> Optional.empty();
        };
    }

    /**
     * Which field of an item says it belongs to this unit: a township's or city unit's items name it
     * as their reporting point ({@code townshipCode}), a monitoring point's items are placed at it
     * ({@code regionCode}).
     */
    public boolean owns(ItemPlace item) {
        return kind == NodeKind.MONITORING_POINT ? code.equals(item.regionCode()) : code.equals(item.townshipCode());
    }
}
