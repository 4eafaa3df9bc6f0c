package org.qingfeng.analysis.index.rules;

import java.util.Optional;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.ComplianceState;

/**
 * The deduction rules every method weighs; a method gives each its points. The order here is the
 * order deductions are listed in, so answers are stable.
 */
public enum Rule {
    ITEM_MINOR(Component.INTEGRITY, "采用或关联的一般问题（每条） / accepted or linked minor item, each"),
    ITEM_MODERATE(Component.INTEGRITY, "采用或关联的较重问题（每条） / accepted or linked moderate item, each"),
    ITEM_SERIOUS(Component.INTEGRITY, "采用或关联的严重问题（每条） / accepted or linked serious item, each"),
    ITEM_GRAVE(Component.INTEGRITY, "采用或关联的特别严重问题（每条） / accepted or linked grave item, each"),
    WARNING_BLUE(Component.INTEGRITY, "蓝色预警（情况说明，每次） / blue warning (written explanation), each"),
    WARNING_YELLOW(Component.INTEGRITY, "黄色预警（警示或诫勉谈话，每次） / yellow warning (warning talk), each"),
    WARNING_ORANGE(Component.INTEGRITY, "橙色预警（廉政预警或整改通知，每次） / orange warning (integrity notice), each"),
    WARNING_RED(Component.INTEGRITY, "红色预警（立案调查，每次） / red warning (case filed), each"),
    FINDING_EMERGING(Component.INTEGRITY, "苗头性问题（每项） / emerging problem, each"),
    FINDING_TRENDING(Component.INTEGRITY, "倾向性问题（每项） / trending problem, each"),
    FINDING_WIDESPREAD(Component.INTEGRITY, "普遍性问题（每个涉及单位） / widespread problem, per unit named"),
    FINDING_RECURRING(Component.INTEGRITY, "反复性问题（每项） / recurring problem, each"),
    CASE_REFERRED(
            Component.INTEGRITY,
            "处置案件移送立案调查（每件，另计于其颜色之外） / case referred for investigation, each, on top of its colour"),
    REPORT_MISSING(Component.COMPLETENESS, "应报未报（每期） / report missing, each period"),
    REPORT_LATE(Component.COMPLETENESS, "逾期报送（每期） / report filed late, each period");

    /** Which score a rule deducts from: the two are never mixed. */
    public enum Component {
        INTEGRITY,
        COMPLETENESS
    }

    private final Component component;
    private final String label;

    Rule(Component component, String label) {
        this.component = component;
        this.label = label;
    }

    public Component component() {
        return component;
    }

    public String label() {
        return label;
    }

    public static Rule of(Severity severity) {
        return valueOf("ITEM_" + severity.name());
    }

    public static Rule of(WarningColour colour) {
        return valueOf("WARNING_" + colour.name());
    }

    public static Rule of(FindingKind kind) {
        return valueOf("FINDING_" + kind.name());
    }

    /** The rule a report's state falls under; none for a report filed on time (nil or not). */
    public static Optional<Rule> of(ComplianceState state) {
        return switch (state) {
            case MISSING -> Optional.of(REPORT_MISSING);
            case LATE -> Optional.of(REPORT_LATE);
            case ON_TIME -> Optional.empty();
        };
    }
}
