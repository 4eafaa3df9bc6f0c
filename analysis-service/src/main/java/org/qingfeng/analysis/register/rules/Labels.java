package org.qingfeng.analysis.register.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.intake.RiskCategory;

/**
 * The words of the ledger: the five categories in Chinese, the levels as the seeds write them (A/B/C,
 * 高/中/低, 一级/二级/三级), and the leader levels a point is answered for at.
 */
public final class Labels {

    /** Who answers for a point: A → 主要负责人, B → 分管领导, C → 中层负责人 (股室负责人), or the post's holder. */
    public static final List<String> LEADER_LEVELS = List.of("主要负责人", "分管领导", "中层负责人", "岗位责任人");

    private static final Map<RiskCategory, String> CATEGORIES = Map.of(
            RiskCategory.IDEOLOGY_AND_MORALS, "思想道德",
            RiskCategory.POST_DUTIES, "岗位职责",
            RiskCategory.BUSINESS_PROCESS, "业务流程",
            RiskCategory.INSTITUTIONS_AND_MECHANISMS, "制度机制",
            RiskCategory.EXTERNAL_ENVIRONMENT, "外部环境");

    private static final Map<String, RiskLevel> LEVELS = Map.of(
            "A",
            RiskLevel.A,
            "高",
            RiskLevel.A,
            "一级",
            RiskLevel.A,
            "B",
            RiskLevel.B,
            "中",
            RiskLevel.B,
            "二级",
            RiskLevel.B,
            "C",
            RiskLevel.C,
            "低",
            RiskLevel.C,
            "三级",
            RiskLevel.C);

    private Labels() {}

    public static String label(RiskCategory category) {
        return CATEGORIES.get(category);
    }

    /** The five category labels in the enum's order, as the drop-down offers them. */
    public static List<String> categoryLabels() {
        return List.of(RiskCategory.values()).stream().map(Labels::label).toList();
    }

    /** A category by its Chinese label or its name ({@code POST_DUTIES}). */
    public static Optional<RiskCategory> category(String text) {
        for (RiskCategory category : RiskCategory.values()) {
            if (category.name().equalsIgnoreCase(text) || label(category).equals(text)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    /** A level as A/B/C (any case), 高/中/低 or 一级/二级/三级. */
    public static Optional<RiskLevel> level(String text) {
        return Optional.ofNullable(LEVELS.get(text.toUpperCase(Locale.ROOT)));
    }
}
