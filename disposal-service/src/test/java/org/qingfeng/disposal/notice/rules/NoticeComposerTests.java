package org.qingfeng.disposal.notice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.notice.CaseFixtures;

class NoticeComposerTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final NoticeParties PARTIES = new NoticeParties("中共宁海县纪律检查委员会", "县卫生健康局", null, null);
    private static final FindingFacts FINDING =
            new FindingFacts("2026-10", FindingPublished.FindingKind.RECURRING, "project-approval");

    private final NoticeComposer composer = new NoticeComposer(SHANGHAI, false);

    @ParameterizedTest
    @CsvSource({
        "BLUE, 情况说明通知书, 形成书面情况说明",
        "YELLOW, 警示谈话通知书, 警示谈话",
        "ORANGE, 廉政预警通知书, 整改报告",
        "RED, 移送立案审查函, 移送立案审查",
        "REMINDER, 提醒函, 形成书面情况说明",
        "INQUIRY, 函询通知书, 如实回复",
        "INTERVIEW, 约谈通知书, 将约谈",
        "DISPOSAL, 处置移送函, 移送立案审查",
        "GREEN_CARD, 绿牌预警通知书, 自查自纠",
        "YELLOW_CARD, 黄牌预警通知书, 整改报告",
        "RED_CARD, 红牌预警通知书, 移送立案审查",
        "ADMONISH_REMIND, 提醒诫勉通知书, 形成书面情况说明",
        "ADMONISH_SUPERVISE, 督促诫勉通知书, 将约谈",
        "ADMONISH_CORRECT, 纠正诫勉通知书, 整改报告"
    })
    void composesTheNoticeOfEveryRungOfEveryLadder(String rungCode, String title, String demand) {
        CaseView c = caseOn(rungCode);
        CaseStepped notice = c.notices().get(0);

        OfficialDocument document = composer.compose(c, notice, PARTIES, Optional.of(FINDING));

        assertThat(document.organisation()).isEqualTo("中共宁海县纪律检查委员会");
        assertThat(document.documentNumber()).isEqualTo("〔2026〕7号");
        assertThat(document.title()).isEqualTo(title);
        assertThat(document.recipient()).isEqualTo("县卫生健康局：");
        assertThat(document.paragraphs().get(0))
                .isEqualTo("经对2026年10月廉政风险监测信息的分析研判，你单位在卫生项目审批方面存在反复性问题，涉及窗口审批岗位，问题性质为严重。");
        assertThat(document.paragraphs().get(1)).contains(demand);
        assertThat(document.signature()).isEqualTo("中共宁海县纪律检查委员会");
        assertThat(document.date()).isEqualTo("二〇二六年十一月九日");
        boolean referral = rungCode.startsWith("RED") || rungCode.equals("DISPOSAL");
        assertThat(document.paragraphs().get(1).contains("于2026年11月24日前")).isNotEqualTo(referral);
    }

    @Test
    void callsTheOrangeNoticeARectificationNoticeWhenConfigured() {
        CaseView c = caseOn("ORANGE");

        OfficialDocument document =
                new NoticeComposer(SHANGHAI, true).compose(c, c.notices().get(0), PARTIES, Optional.empty());

        assertThat(document.title()).isEqualTo("整改通知书");
    }

    @Test
    void saysWhyTheCaseClimbedWhenTheNoticeFollowsAnEscalation() {
        CaseView c = CaseFixtures.anEscalatedCase();

        OfficialDocument document = composer.compose(c, c.notices().get(1), PARTIES, Optional.of(FINDING));

        assertThat(document.title()).isEqualTo("警示谈话通知书");
        assertThat(document.paragraphs().get(1)).startsWith("因你单位未在规定期限内签收或答复前次通知，现予升级处置。");
    }

    @Test
    void namesTheUnitConcernedWhenTheNoticeGoesToItsCompetentDepartment() {
        CaseView c = caseOn("BLUE");
        NoticeParties parties = new NoticeParties("中共宁海县纪律检查委员会", "县卫生健康局", "桃源镇卫生院", "县纪委监委案件监督管理室");

        OfficialDocument document = composer.compose(c, c.notices().get(0), parties, Optional.of(FINDING));

        assertThat(document.paragraphs().get(0)).contains("你单位主管的桃源镇卫生院在卫生项目审批方面");
        assertThat(document.copyTo()).isEqualTo("抄送：县纪委监委案件监督管理室。");
    }

    @Test
    void describesAnImmediateCaseWithoutAnyFinding() {
        CaseView c = CaseFixtures.aCase(
                rung("ORANGE"), CaseStepped.Origin.IMMEDIATE_ITEM, NetworkFixtures.DEPARTMENT, UUID.randomUUID());

        OfficialDocument document = composer.compose(c, c.notices().get(0), PARTIES, Optional.empty());

        assertThat(document.paragraphs().get(0)).isEqualTo("经廉政风险监测，你单位存在需要即时处置的廉政风险问题，涉及窗口审批岗位，问题性质为严重。");
    }

    @Test
    void writesDatesTheWayOfficialDocumentsDo() {
        Map<LocalDate, String> expected = Map.of(
                LocalDate.of(2026, 11, 9), "二〇二六年十一月九日",
                LocalDate.of(2026, 10, 20), "二〇二六年十月二十日",
                LocalDate.of(2026, 12, 31), "二〇二六年十二月三十一日",
                LocalDate.of(2030, 1, 10), "二〇三〇年一月十日");

        expected.forEach(
                (date, written) -> assertThat(ChineseDates.written(date)).isEqualTo(written));
        assertThat(ChineseDates.plain(LocalDate.of(2026, 11, 24))).isEqualTo("2026年11月24日");
    }

    private static CaseView caseOn(String rungCode) {
        return CaseFixtures.aCase(
                rung(rungCode), CaseStepped.Origin.FINDING, NetworkFixtures.DEPARTMENT, UUID.randomUUID());
    }

    private static CaseFixtures.Rung rung(String code) {
        return CaseFixtures.RUNGS.stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
