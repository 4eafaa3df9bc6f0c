package org.qingfeng.analysis.report.rules;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;

/**
 * The suggested narrative: what the figures and the published findings already say, written out
 * as a first draft for staff to edit. Causes and measures can only be sketched from a finding's
 * kind and destination; the text says so, so that nobody files the sketch unread.
 *
 * <p>"Solved" (已解决) is counted as the handled items (a triage decision taken) that are not part of
 * a finding still under disposal or exchange; the items of published findings "will be solved"
 * (正在解决) once the warned unit or the competent department reports back, which disposal tracks.
 */
public final class Narrative {

    /** The sentence closing every sketched cause or measure. */
    public static final String TO_COMPLETE = "（系统生成，请结合核查情况补充完善 / generated, to be completed by staff）";

    private Narrative() {}

    /**
     * @param names a node code's display name (the code itself when the network has no name)
     * @param subjects a subject area code's display name
     */
    public static Texts suggest(
            Quarter quarter,
            QuarterFigures figures,
            List<FindingFacts> findings,
            Disposal disposal,
            Function<String, String> names,
            Function<String, String> subjects) {
        return new Texts(
                workDynamics(quarter, figures, findings, names, subjects),
                salientProblems(findings, names, subjects),
                handlingStatus(figures, findings, disposal, names, subjects));
    }

    static String workDynamics(
            Quarter quarter,
            QuarterFigures figures,
            List<FindingFacts> findings,
            Function<String, String> names,
            Function<String, String> subjects) {
        StringBuilder text = new StringBuilder();
        text.append("%s，本站共收到预警信息%d件，已处理%d件，尚未处理%d件。"
                .formatted(quarter.label(), figures.items(), figures.handled(), figures.unhandled()));
        if (!figures.byChannel().isEmpty()) {
            text.append("按报送渠道：")
                    .append(join(figures.byChannel(), b -> Labels.channel(b.code()) + "（" + b.items() + "件）"))
                    .append("。");
        }
        if (!figures.byTownship().isEmpty()) {
            text.append("按乡镇（单位）：")
                    .append(join(figures.byTownship(), b -> names.apply(b.code()) + "（" + b.items() + "件）"))
                    .append("。");
        }
        if (!figures.bySubject().isEmpty()) {
            Breakdown top = figures.bySubject().get(0);
            text.append("反映较多的问题类别是%s（%d件）。".formatted(subjects.apply(top.code()), top.items()));
        }
        long disposal = count(findings, Destination.DISPOSAL);
        text.append(
                "本季度经月分析发布突出问题%d个，其中示警处置%d个、分析交流%d个。".formatted(findings.size(), disposal, findings.size() - disposal));
        return text.toString();
    }

    static String salientProblems(
            List<FindingFacts> findings, Function<String, String> names, Function<String, String> subjects) {
        if (findings.isEmpty()) {
            return "本季度月分析未发现需要发布的突出问题。";
        }
        List<FindingFacts> ordered = ordered(findings);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ordered.size(); i++) {
            FindingFacts f = ordered.get(i);
            if (i > 0) {
                text.append("\n");
            }
            text.append("（%s）%s%s方面的%s问题\n"
                    .formatted(
                            Numerals.chinese(i + 1),
                            names.apply(f.unitCode()),
                            subjects.apply(f.subjectArea()),
                            Labels.kind(f.kind())));
            text.append("表现：%s月反映%s方面问题的预警信息%d件；判定依据：%s。\n"
                    .formatted(
                            f.period(),
                            subjects.apply(f.subjectArea()),
                            f.itemIds().size(),
                            f.evidence()));
            text.append("范围：涉及%s，所在区域%s。\n".formatted(units(f, names), names.apply(f.regionCode())));
            text.append("程度：%s%s；%s。\n"
                    .formatted(
                            Labels.severity(f.severity()),
                            f.riskLevel() == null ? "" : "，相关风险点等级" + f.riskLevel(),
                            history(f)));
            text.append("原因：").append(cause(f.kind())).append(TO_COMPLETE).append("\n");
            text.append("措施：").append(measure(f, names)).append(TO_COMPLETE);
        }
        return text.toString();
    }

    static String handlingStatus(
            QuarterFigures figures,
            List<FindingFacts> findings,
            Disposal disposal,
            Function<String, String> names,
            Function<String, String> subjects) {
        Set<String> inProgress = new LinkedHashSet<>();
        findings.forEach(f -> inProgress.addAll(f.itemIds()));
        long solved = Math.max(0, figures.handled() - inProgress.size());
        StringBuilder text = new StringBuilder();
        text.append("本季度预警信息%d件，已处理%d件（%s），尚未处理%d件。"
                .formatted(
                        figures.items(),
                        figures.handled(),
                        share(figures.handled(), figures.items()),
                        figures.unhandled()));
        text.append("已处理的信息中，已解决%d件（已作出处理决定、且不属于仍在示警整改或分析交流中的问题）；".formatted(solved));
        text.append("正在解决%d件（所属问题已示警或已通报业务主管部门，待整改反馈）。".formatted(inProgress.size()));
        text.append(cases(disposal));
        if (findings.isEmpty()) {
            text.append("本季度没有分析成果转化为工作决策。");
            return text.toString();
        }
        long toDisposal = count(findings, Destination.DISPOSAL);
        text.append(
                "分析成果转化为工作决策%d项：示警处置%d项，分析交流%d项。".formatted(findings.size(), toDisposal, findings.size() - toDisposal));
        for (FindingFacts f : ordered(findings)) {
            text.append("\n")
                    .append("· %s %s%s方面%s问题：%s"
                            .formatted(
                                    f.period(),
                                    names.apply(f.unitCode()),
                                    subjects.apply(f.subjectArea()),
                                    Labels.kind(f.kind()),
                                    f.destination() == Destination.DISPOSAL
                                            ? "已向被示警单位示警，督促整改" + caseStates(disposal.casesOf(f.findingId()))
                                            : "已与业务主管部门"
                                                    + (f.competentDepartmentCode() == null
                                                            ? ""
                                                            : "（" + names.apply(f.competentDepartmentCode()) + "）")
                                                    + "分析交流"));
        }
        return text.toString();
    }

    /** The quarter's cases in one sentence, as they stood at its end. */
    static String cases(Disposal disposal) {
        if (disposal.opened() == 0) {
            return "本季度未启动处置案件。";
        }
        return "本季度启动处置案件%d件（%s），截至季末整改验收后办结%d件、移送立案调查%d件、升级处置%d件，仍在办理%d件，其中逾期%d件。"
                .formatted(
                        disposal.opened(),
                        disposal.colours().stream()
                                .map(entry -> Labels.colour(entry.getKey()) + entry.getValue() + "件")
                                .collect(Collectors.joining("、")),
                        disposal.verified(),
                        disposal.referred(),
                        disposal.escalated(),
                        disposal.open(),
                        disposal.overdue());
    }

    /** What became of a finding sent for disposal: its cases' colour and state now, or none yet. */
    private static String caseStates(List<Disposal.FindingCase> rows) {
        List<Disposal.FindingCase> opened =
                rows.stream().filter(row -> row.caseId() != null).toList();
        if (opened.isEmpty()) {
            return "，尚未立案处置";
        }
        return "，已立案处置（"
                + opened.stream()
                        .map(row -> Labels.colour(row.colour()) + "，" + Labels.state(row.state())
                                + (row.overdue() ? "，已逾期" : ""))
                        .collect(Collectors.joining("；"))
                + "）";
    }

    private static List<FindingFacts> ordered(List<FindingFacts> findings) {
        return findings.stream()
                .sorted(Comparator.comparing(FindingFacts::severity)
                        .reversed()
                        .thenComparing(f -> -f.itemIds().size())
                        .thenComparing(FindingFacts::period)
                        .thenComparing(FindingFacts::findingId))
                .toList();
    }

    private static String cause(FindingKind kind) {
        return switch (kind) {
            case EMERGING -> "该类问题在本单位（区域）新近出现，可能与新业务、新制度执行初期或监督尚未覆盖有关";
            case TRENDING -> "该类问题较本单位以往水平显著上升，可能存在管理松懈、制度执行不力或监督薄弱";
            case WIDESPREAD -> "该类问题在多个单位或乡镇同时出现，反映出共性的制度缺失或机制漏洞";
            case RECURRING -> "该类问题在同一单位反复出现，说明前期整改不到位、长效机制尚未建立";
        };
    }

    private static String measure(FindingFacts f, Function<String, String> names) {
        return switch (f.destination()) {
            case DISPOSAL -> "按“四色预警”机制向被示警单位示警，由相关室督促整改并反馈整改情况";
            case EXCHANGE ->
                "与业务主管部门"
                        + (f.competentDepartmentCode() == null ? "" : names.apply(f.competentDepartmentCode()))
                        + "通报交流，研究建章立制、堵塞漏洞的措施";
        };
    }

    private static String units(FindingFacts f, Function<String, String> names) {
        List<String> units = f.unitCodes().isEmpty() ? List.of(f.unitCode()) : f.unitCodes();
        return units.size() + "个单位（" + units.stream().map(names).collect(Collectors.joining("、")) + "）";
    }

    private static String history(FindingFacts f) {
        if (f.history().isEmpty()) {
            return "此前月份无同类记录";
        }
        return "此前各月同类信息："
                + f.history().stream()
                        .map(h -> h.period() + " " + h.count() + "件")
                        .collect(Collectors.joining("，"));
    }

    private static long count(List<FindingFacts> findings, Destination destination) {
        return findings.stream().filter(f -> f.destination() == destination).count();
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "处理率—" : "处理率%.1f%%".formatted(100.0 * part / whole);
    }

    private static String join(List<Breakdown> rows, Function<Breakdown, String> each) {
        return rows.stream().map(each).collect(Collectors.joining("，"));
    }
}
