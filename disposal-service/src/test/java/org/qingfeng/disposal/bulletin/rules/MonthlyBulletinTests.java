package org.qingfeng.disposal.bulletin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.notice.CaseFixtures;
import org.qingfeng.disposal.notice.rules.OfficialDocument;

class MonthlyBulletinTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Instant DECEMBER = Instant.parse("2026-12-05T02:00:00Z");

    @Test
    void foldsTheMonthsCasesIntoRowsAndTotals() {
        CaseView open = CaseFixtures.anyOrangeCase();
        CaseView escalated = CaseFixtures.anEscalatedCase();
        CaseView closed = closedCase();
        CaseView referred = CaseFixtures.aCase(
                CaseFixtures.RUNGS.get(3), CaseStepped.Origin.FINDING, "330281-D03", java.util.UUID.randomUUID());

        MonthlyBulletin bulletin = MonthlyBulletin.of(
                NOVEMBER, SHANGHAI, List.of(open, escalated, closed, referred), code -> "县卫生健康局", DECEMBER);

        assertThat(bulletin.rows()).hasSize(4);
        assertThat(bulletin.totals()).isEqualTo(new MonthlyBulletin.Totals(3, 1, 1, 1, 2));
        MonthlyBulletin.Row closedRow = bulletin.rows().stream()
                .filter(r -> r.state() == CaseStepped.State.CLOSED)
                .findFirst()
                .orElseThrow();
        assertThat(closedRow.repliedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(closedRow.closedOn()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(closedRow.dueOn()).isNull();
        assertThat(closedRow.rungLabel()).startsWith("橙色预警");
        assertThat(bulletin.rows().stream().filter(r -> r.state() == CaseStepped.State.OPEN))
                .allMatch(r -> LocalDate.of(2026, 11, 24).equals(r.dueOn()));
    }

    @Test
    void leavesOutCasesWithoutAStepInTheMonthAndCountsNothingOverdueBeforeTheDeadline() {
        MonthlyBulletin october = MonthlyBulletin.of(
                YearMonth.of(2026, 10), SHANGHAI, List.of(CaseFixtures.anyOrangeCase()), code -> "单位", DECEMBER);
        MonthlyBulletin early = MonthlyBulletin.of(
                NOVEMBER,
                SHANGHAI,
                List.of(CaseFixtures.anyOrangeCase()),
                code -> "单位",
                Instant.parse("2026-11-20T00:00:00Z"));

        assertThat(october.rows()).isEmpty();
        assertThat(october.totals()).isEqualTo(new MonthlyBulletin.Totals(0, 0, 0, 0, 0));
        assertThat(early.totals().overdue()).isZero();
    }

    @Test
    void writesTheBulletinWithoutANumberAndWithItsTotals() {
        MonthlyBulletin bulletin = MonthlyBulletin.of(
                NOVEMBER, SHANGHAI, List.of(CaseFixtures.anyOrangeCase(), closedCase()), code -> "县卫生健康局", DECEMBER);

        OfficialDocument document = BulletinDocument.compose(bulletin, "中共宁海县纪律检查委员会", LocalDate.of(2026, 12, 5));

        assertThat(document.documentNumber()).isNull();
        assertThat(document.title()).isEqualTo("关于2026年11月预警整改情况的通报");
        assertThat(document.paragraphs().get(0)).contains("共启动预警处置案件2件", "办结1件", "截至月末逾期未答复1件");
        assertThat(document.table()).isNotNull();
        assertThat(document.table().rows())
                .contains(List.of("县卫生健康局", "橙色预警：限期整改", "已办结", "11月9日", "—", "11月16日", "11月18日"));
        assertThat(document.date()).isEqualTo("二〇二六年十二月五日");
    }

    private static CaseView closedCase() {
        CaseView c = CaseFixtures.anyOrangeCase();
        c = CaseFixtures.with(
                c,
                CaseFixtures.next(
                        c,
                        CaseStepped.Step.REPLIED,
                        CaseStepped.State.REPLIED,
                        Instant.parse("2026-11-16T02:00:00Z"),
                        CaseFixtures.DUE));
        return CaseFixtures.with(
                c,
                CaseFixtures.next(
                        c,
                        CaseStepped.Step.REPLY_ACCEPTED,
                        CaseStepped.State.CLOSED,
                        Instant.parse("2026-11-18T02:00:00Z"),
                        null));
    }
}
