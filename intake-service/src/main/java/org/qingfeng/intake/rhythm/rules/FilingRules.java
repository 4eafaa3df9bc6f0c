package org.qingfeng.intake.rhythm.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.ReportingCycle;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

/**
 * What makes a report acceptable: an active reporting unit, a period in the form of its cycle that
 * has started, and either an explicit nil report or items that exist and belong to the unit.
 */
public final class FilingRules {

    static final int MAX_ITEMS = 500;
    private static final String REQUIRED = "必填 / required";

    /** The registered items among {@code ids}, with where they were placed; one lookup for all. */
    @FunctionalInterface
    public interface ItemLookup {
        Map<UUID, ItemPlace> find(Set<UUID> ids);
    }

    private FilingRules() {}

    /** The filing, or {@link RulesViolated} naming every bad field. */
    public static Filing check(
            FilingDraft draft, Function<String, Optional<ReportingUnit>> units, LocalDate today, ItemLookup items) {
        List<Violation> violations = new ArrayList<>();
        Optional<ReportingUnit> unit = unit(draft.unitCode(), units, violations);
        Optional<ReportingPeriod> period = unit.flatMap(u -> period(draft.period(), u.cycle(), today, violations));
        if (unit.isEmpty() && blank(draft.period())) {
            violations.add(new Violation("period", REQUIRED));
        }
        boolean nil = Boolean.TRUE.equals(draft.nil());
        List<UUID> ids = itemIds(draft.itemIds(), nil, violations);
        if (violations.isEmpty() && !ids.isEmpty()) {
            belonging(ids, unit.orElseThrow(), items, violations);
        }
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        return new Filing(unit.orElseThrow(), period.orElseThrow(), nil, ids);
    }

    private static Optional<ReportingUnit> unit(
            @Nullable String code, Function<String, Optional<ReportingUnit>> units, List<Violation> out) {
        if (blank(code)) {
            out.add(new Violation("unitCode", REQUIRED));
            return Optional.empty();
        }
        Optional<ReportingUnit> unit = units.apply(code);
        if (unit.isEmpty()) {
            out.add(new Violation(
                    "unitCode", "不是在用的乡镇、市直单位或监测点 / not an active township, city unit or monitoring point"));
        }
        return unit;
    }

    private static Optional<ReportingPeriod> period(
            @Nullable String label, ReportingCycle cycle, LocalDate today, List<Violation> out) {
        if (blank(label)) {
            out.add(new Violation("period", REQUIRED));
            return Optional.empty();
        }
        Optional<ReportingPeriod> period = ReportingPeriod.parse(cycle, label.strip());
        if (period.isEmpty()) {
            String format = ReportingPeriod.format(cycle);
            String zh = cycle == ReportingCycle.TOWNSHIP_MONTHLY ? "乡镇按月报送" : "该单位按季度报送";
            String en = cycle == ReportingCycle.TOWNSHIP_MONTHLY
                    ? "a township reports monthly"
                    : "this unit reports quarterly";
            out.add(new Violation("period", zh + "，格式应为 " + format + " / " + en + ": " + format));
        } else if (period.get().start().isAfter(today)) {
            out.add(new Violation("period", "报送期尚未开始 / the period has not started yet"));
            return Optional.empty();
        }
        return period;
    }

    private static List<UUID> itemIds(@Nullable List<@Nullable UUID> sent, boolean nil, List<Violation> out) {
        List<@Nullable UUID> ids = sent == null ? List.of() : sent;
        if (nil && !ids.isEmpty()) {
            out.add(new Violation("itemIds", "无异常情况报告不能附带预警信息 / a nil report carries no items"));
            return List.of();
        }
        if (!nil && ids.isEmpty()) {
            out.add(new Violation(
                    "itemIds",
                    "请列出本期报送的预警信息，或以 nil: true 报告无异常情况 / list the items reported, or file nil: true"
                            + " when there is nothing to report"));
            return List.of();
        }
        if (ids.size() > MAX_ITEMS) {
            out.add(new Violation(
                    "itemIds", "一次最多报送 " + MAX_ITEMS + " 条 / at most " + MAX_ITEMS + " items in one report"));
            return List.of();
        }
        Set<UUID> seen = new LinkedHashSet<>();
        for (int index = 0; index < ids.size(); index++) {
            UUID id = ids.get(index);
            if (id == null) {
                out.add(new Violation("itemIds[" + index + "]", REQUIRED));
            } else if (!seen.add(id)) {
                out.add(new Violation("itemIds[" + index + "]", "重复列出 / listed twice"));
            }
        }
        return List.copyOf(seen);
    }

    private static void belonging(List<UUID> ids, ReportingUnit unit, ItemLookup items, List<Violation> out) {
        Map<UUID, ItemPlace> places = items.find(new HashSet<>(ids));
        for (int index = 0; index < ids.size(); index++) {
            ItemPlace place = places.get(ids.get(index));
            if (place == null) {
                out.add(new Violation("itemIds[" + index + "]", "未找到该预警信息 / no such item"));
            } else if (!unit.owns(place)) {
                out.add(new Violation("itemIds[" + index + "]", "不是本单位的预警信息 / not an item of this unit"));
            }
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
