package org.qingfeng.analysis.register;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.register.rules.PointDraft;
import org.qingfeng.analysis.register.rules.RiskPoint;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.intake.RiskCategory;

/** Risk points shaped like the golden record: a tendering post of a department. */
public final class RiskPointFixtures {

    private RiskPointFixtures() {}

    public static RiskPoint anyPoint(String id, String unitCode, RiskLevel level) {
        return new RiskPoint(
                id,
                unitCode,
                "工程招投标管理岗",
                "招投标过程中泄露标底、围标串标",
                RiskCategory.POST_DUTIES,
                level,
                "开标全程录像，评标专家随机抽取",
                "分管领导",
                "分管副局长",
                LocalDate.of(2020, 6, 1),
                LocalDate.of(2026, 1, 15),
                List.of("招投标", "围标", "标底"),
                true);
    }

    /** A draft of a new post point at {@code unitCode}, everything valid. */
    public static PointDraft anyDraft(@Nullable String id, String unitCode) {
        return new PointDraft(
                id,
                unitCode,
                "工程招投标管理岗",
                "招投标过程中泄露标底、围标串标",
                "岗位职责",
                "A",
                "开标全程录像，评标专家随机抽取",
                "分管领导",
                "分管副局长",
                "2020-06-01",
                null,
                List.of("招投标", "围标"));
    }
}
