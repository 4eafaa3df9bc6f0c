package org.qingfeng.intake.channel.quarterly.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.contracts.intake.QuarterlyReportFiled.Figure;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.submission.rules.SubmissionDraft;
import org.qingfeng.intake.submission.rules.Texts;

/**
 * What makes a quarterly report acceptable: an active monitoring point or city unit, a quarter such
 * as {@code 2026-Q4}, the three narrative parts (1 to 8000 characters each, nothing hidden), a data
 * table of at most 50 labelled non-negative figures, and at most 100 items, each placed in the
 * unit's own part of the network: at the monitoring point itself, or under the city unit.
 */
public final class QuarterlyReportRules {

    static final int MAX_PART = 8000;
    static final int MAX_LABEL = 100;
    static final int MAX_FIGURES = 50;
    static final int MAX_ITEMS = 100;
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
    private static final String REQUIRED = "必填 / required";

    private QuarterlyReportRules() {}

    /** The report, or {@link RulesViolated} naming every bad field ({@code items[2].regionCode} for an item). */
    public static QuarterlyReport check(QuarterlyReportDraft draft, NetworkView network) {
        List<Violation> violations = new ArrayList<>();
        String unit = Texts.normalised(draft.unitCode());
        Optional<NetworkNode> node = unit(unit, network, violations);
        String period = Texts.normalised(draft.period());
        if (period == null || period.isEmpty()) {
            violations.add(new Violation("period", REQUIRED));
        } else if (!QUARTER.matcher(period).matches()) {
            violations.add(new Violation("period", "格式应为 yyyy-Qn，如 2026-Q4 / a quarter such as 2026-Q4"));
        }
        String dynamics = part("workDynamics", draft.workDynamics(), violations);
        String problems = part("salientProblems", draft.salientProblems(), violations);
        String handling = part("handlingStatus", draft.handlingStatus(), violations);
        List<Figure> figures = figures(draft.dataTable(), violations);
        List<SubmissionDraft> items = items(draft.items(), node, network, violations);
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        return new QuarterlyReport(
                Objects.requireNonNull(unit),
                Objects.requireNonNull(period),
                dynamics,
                problems,
                handling,
                figures,
                items);
    }

    private static Optional<NetworkNode> unit(@Nullable String code, NetworkView network, List<Violation> out) {
        if (code == null || code.isEmpty()) {
            out.add(new Violation("unitCode", REQUIRED));
            return Optional.empty();
        }
        Optional<NetworkNode> node = network.node(code)
                .filter(NetworkNode::active)
                .filter(n -> n.kind() == NodeKind.MONITORING_POINT || n.kind() == NodeKind.CITY_UNIT);
        if (node.isEmpty()) {
            out.add(new Violation("unitCode", "不是在用的监测点或市直单位 / not an active monitoring point or city unit"));
        }
        return node;
    }

    private static String part(String field, @Nullable String sent, List<Violation> out) {
        String text = Objects.requireNonNullElse(Texts.normalised(sent), "");
        int length = text.codePointCount(0, text.length());
        if (length == 0) {
            out.add(new Violation(field, REQUIRED));
        } else if (length > MAX_PART) {
            out.add(new Violation(field, "不能超过 8000 字 / must be at most 8000 characters"));
        } else if (Texts.hasHiddenCharacters(text)) {
            out.add(new Violation(field, "含有控制字符或文字方向控制符 / contains control characters or bidirectional overrides"));
        }
        return text;
    }

    private static List<Figure> figures(
            @Nullable List<QuarterlyReportDraft.@Nullable FigureDraft> sent, List<Violation> out) {
        List<QuarterlyReportDraft.@Nullable FigureDraft> rows = sent == null ? List.of() : sent;
        if (rows.size() > MAX_FIGURES) {
            out.add(new Violation("dataTable", "最多 50 行 / at most 50 rows"));
            return List.of();
        }
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            QuarterlyReportDraft.FigureDraft row = rows.get(i);
            String label = row == null ? null : Texts.normalised(row.label());
            Long value = row == null ? null : row.value();
            if (label == null || label.isEmpty()) {
                out.add(new Violation("dataTable[" + i + "].label", REQUIRED));
            } else if (label.codePointCount(0, label.length()) > MAX_LABEL || Texts.hasControlOrBidi(label)) {
                out.add(new Violation(
                        "dataTable[" + i + "].label", "须为不超过 100 字的一行文字 / one line of at most 100 characters"));
            }
            if (value == null) {
                out.add(new Violation("dataTable[" + i + "].value", REQUIRED));
            } else if (value < 0) {
                out.add(new Violation("dataTable[" + i + "].value", "不能为负数 / must not be negative"));
            }
            if (label != null && value != null) {
                figures.add(new Figure(label, value));
            }
        }
        return figures;
    }

    private static List<SubmissionDraft> items(
            @Nullable List<@Nullable SubmissionDraft> sent,
            Optional<NetworkNode> unit,
            NetworkView network,
            List<Violation> out) {
        List<@Nullable SubmissionDraft> drafts = sent == null ? List.of() : sent;
        if (drafts.size() > MAX_ITEMS) {
            out.add(new Violation("items", "一份报告最多 100 条预警信息 / at most 100 items in one report"));
            return List.of();
        }
        List<SubmissionDraft> items = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            SubmissionDraft draft = drafts.get(i);
            if (draft == null) {
                out.add(new Violation("items[" + i + "]", REQUIRED));
                continue;
            }
            SubmissionDraft item = asReported(draft, unit.map(NetworkNode::code).orElse(null));
            String region = item.regionCode();
            if (unit.isPresent() && region != null && !belongs(region.strip(), unit.get(), network)) {
                out.add(new Violation("items[" + i + "].regionCode", "不在本单位的范围内 / not within this unit"));
            }
            items.add(item);
        }
        return items;
    }

    /** The item as a monitoring report carries it: its channel and submitter fixed, its region the unit's unless it names one. */
    static SubmissionDraft asReported(SubmissionDraft draft, @Nullable String unitCode) {
        String region = draft.regionCode() == null || draft.regionCode().isBlank() ? unitCode : draft.regionCode();
        return new SubmissionDraft(
                region,
                draft.unitCode(),
                draft.subjectArea(),
                draft.riskCategory(),
                draft.urgency(),
                Channel.MONITORING_REPORT,
                SubmitterKind.MONITORING_POINT,
                draft.description(),
                draft.occurredOn(),
                draft.informantToken(),
                draft.concerns(),
                draft.contact());
    }

    /**
     * Whether an item placed at {@code region} is the unit's, as its report window counts items: at a
     * monitoring point itself, or with a city unit as its reporting point. An unknown region is left
     * to the submission rules.
     */
    private static boolean belongs(String region, NetworkNode unit, NetworkView network) {
        if (network.node(region).isEmpty()) {
            return true;
        }
        if (unit.kind() == NodeKind.MONITORING_POINT) {
            return region.equals(unit.code());
        }
        return network.reportingPointOf(region).filter(unit.code()::equals).isPresent();
    }
}
