package org.qingfeng.disposal.notice.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.intake.SubjectAreas;
import org.qingfeng.disposal.cases.CaseView;

/**
 * Composes the notice a {@link CaseStepped.Step#NOTICE_ISSUED} step issued. It reads a whitelist
 * only: the step's rung, number, date and deadline, the case's origin, severity and post, the
 * names of the parties, and of a finding its month, kind and subject area. Nothing of an item
 * (channel, time, wording, village) reaches it, and the reasons and texts of steps are not read
 * either, since they are free text a person typed.
 */
public final class NoticeComposer {

    private final ZoneId zone;
    private final boolean orangeAsRectification;

    public NoticeComposer(ZoneId zone, boolean orangeAsRectification) {
        this.zone = zone;
        this.orangeAsRectification = orangeAsRectification;
    }

    public String titleOf(CaseStepped notice) {
        return RungTitles.titleOf(notice.rungCode(), orangeAsRectification);
    }

    public OfficialDocument compose(
            CaseView c, CaseStepped notice, NoticeParties parties, Optional<FindingFacts> finding) {
        String concerned = parties.unitName() == null ? "你单位" : "你单位主管的" + parties.unitName();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(problem(c, concerned, finding));
        paragraphs.add(because(c, notice) + demand(notice, concerned, parties.organisation()));
        RungTitles.Demand demand = RungTitles.demandOf(notice.rungCode());
        String closing = demand == RungTitles.Demand.REFERRAL || titleOf(notice).endsWith("函") ? "特此函告。" : "特此通知。";
        return new OfficialDocument(
                parties.organisation(),
                notice.documentNumber(),
                titleOf(notice),
                parties.recipientName() + "：",
                paragraphs,
                null,
                List.of(closing),
                parties.organisation(),
                ChineseDates.written(notice.occurredAt().atZone(zone).toLocalDate()),
                parties.copyTo() == null ? null : "抄送：" + parties.copyTo() + "。");
    }

    private static String problem(CaseView c, String concerned, Optional<FindingFacts> finding) {
        String post = c.post() == null ? "" : "，涉及" + c.post() + "岗位";
        String severity = "，问题性质为" + severity(c.severity());
        if (c.origin() == CaseStepped.Origin.FINDING && finding.isPresent()) {
            FindingFacts f = finding.get();
            return "经对" + period(f.period()) + "廉政风险监测信息的分析研判，" + concerned + "在" + subjectArea(f.subjectArea())
                    + "方面存在" + kind(f.kind()) + "问题" + post + severity + "。";
        }
        if (c.origin() == CaseStepped.Origin.FINDING) {
            return "经对廉政风险监测信息的分析研判，" + concerned + "存在需要处置的廉政风险问题" + post + severity + "。";
        }
        return "经廉政风险监测，" + concerned + "存在需要即时处置的廉政风险问题" + post + severity + "。";
    }

    /** Why this rung: the step before the notice placed the case on it. */
    private static String because(CaseView c, CaseStepped notice) {
        CaseStepped.Step before =
                c.step(notice.sequence() - 1).map(CaseStepped::step).orElse(CaseStepped.Step.OPENED);
        return switch (before) {
            case ESCALATED -> "因你单位未在规定期限内签收或答复前次通知，现予升级处置。";
            case REPLY_REJECTED -> "因你单位前次答复经核查未予通过，现予升级处置。";
            default -> "";
        };
    }

    private String demand(CaseStepped notice, String concerned, String organisation) {
        String by = deadline(notice.dueAt());
        return switch (RungTitles.demandOf(notice.rungCode())) {
            case EXPLANATION -> "请" + concerned + "对上述问题认真自查，形成书面情况说明，" + by + "报送" + organisation + "。";
            case SELF_CHECK -> "请" + concerned + "对照上述问题开展自查自纠，" + by + "将自查情况书面报送" + organisation + "。";
            case TALK ->
                "根据有关规定，" + organisation + "将对" + concerned + "有关负责同志进行警示谈话，具体时间另行通知。谈话后，请" + by + "将书面整改承诺报送"
                        + organisation + "。";
            case INQUIRY -> "请" + concerned + "就上述问题作出书面说明，如实回复，" + by + "报送" + organisation + "。";
            case INTERVIEW ->
                "根据有关规定，" + organisation + "将约谈" + concerned + "有关负责同志，具体时间另行通知。请" + concerned + "针对上述问题制定整改措施，" + by
                        + "将整改情况书面报送" + organisation + "。";
            case RECTIFICATION ->
                "请" + concerned + "高度重视，认真分析问题成因，制定整改方案，明确整改措施和责任人，" + by + "将整改报告报送" + organisation
                        + "。逾期未报或整改不到位的，将依规依纪进一步处置。";
            case REFERRAL -> "经研究，决定将上述问题移送立案审查，依规依纪依法处理。请" + concerned + "积极配合，如实提供有关情况和材料。";
        };
    }

    private String deadline(@Nullable Instant dueAt) {
        return dueAt == null
                ? "请在收到本通知后按要求"
                : "于" + ChineseDates.plain(dueAt.atZone(zone).toLocalDate()) + "前";
    }

    private static String period(String period) {
        if (period.matches("\\d{4}-Q[1-4]")) {
            return period.substring(0, 4) + "年第" + period.substring(6) + "季度";
        }
        if (period.matches("\\d{4}-\\d{2}")) {
            return period.substring(0, 4) + "年" + Integer.parseInt(period.substring(5)) + "月";
        }
        return "近期";
    }

    private static String subjectArea(String code) {
        return SubjectAreas.DEFAULTS.stream()
                .filter(entry -> entry.code().equals(code))
                .map(SubjectAreas.Entry::zh)
                .findFirst()
                .orElse("廉洁风险");
    }

    private static String kind(FindingPublished.FindingKind kind) {
        return switch (kind) {
            case EMERGING -> "苗头性";
            case TRENDING -> "倾向性";
            case WIDESPREAD -> "普遍性";
            case RECURRING -> "反复性";
        };
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case MINOR -> "一般";
            case MODERATE -> "较重";
            case SERIOUS -> "严重";
            case GRAVE -> "特别严重";
        };
    }
}
