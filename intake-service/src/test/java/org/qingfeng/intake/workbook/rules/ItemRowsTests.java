package org.qingfeng.intake.workbook.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.submission.rules.SubjectArea;
import org.qingfeng.intake.submission.rules.SubmissionDraft;

class ItemRowsTests {

    private static final String DESCRIPTION = "村集体资金使用未按规定公示，群众意见较大。";

    @Test
    void aRowBecomesAMonthlyBatchDraftEnteredByStaffWithItsLabelsRead() {
        ItemRows.Read read = ItemRows.read(
                List.of(row(7, Map.of("风险类别", "业务流程", "紧急程度", "紧急", "发生日期", "2026/11/3"))), SubjectArea.DEFAULTS);

        assertThat(read.problems()).isEmpty();
        ItemRows.Row row = read.rows().get(0);
        assertThat(row.number()).isEqualTo(7);
        SubmissionDraft draft = row.draft();
        assertThat(draft.regionCode()).isEqualTo("330281-101-001");
        assertThat(draft.unitCode()).isEqualTo("330281-D03");
        assertThat(draft.subjectArea()).isEqualTo("work-style");
        assertThat(draft.riskCategory()).isEqualTo(RiskCategory.BUSINESS_PROCESS);
        assertThat(draft.urgency()).isEqualTo(Urgency.IMMEDIATE);
        assertThat(draft.channel()).isEqualTo(Channel.MONTHLY_BATCH);
        assertThat(draft.submitterKind()).isEqualTo(SubmitterKind.STAFF_ON_BEHALF);
        assertThat(draft.occurredOn()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(draft.description()).isEqualTo(DESCRIPTION);
    }

    @Test
    void theSubmitterColumnNamesAnonymousAndInformantsWhoseTokenIsKept() {
        ItemRows.Read read = ItemRows.read(
                List.of(
                        row(2, Map.of("报送人类型", "匿名")),
                        row(3, Map.of("报送人类型", "信息员", "信息员令牌", "inf-ABCDEFGHJKMNPQRSTVWXYZ0123")),
                        row(4, Map.of("报送人类型", "STAFF_ON_BEHALF"))),
                SubjectArea.DEFAULTS);

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows())
                .extracting(r -> r.draft().submitterKind(), r -> r.draft().informantToken())
                .containsExactly(
                        tuple(SubmitterKind.ANONYMOUS, null),
                        tuple(SubmitterKind.INFORMANT, "inf-ABCDEFGHJKMNPQRSTVWXYZ0123"),
                        tuple(SubmitterKind.STAFF_ON_BEHALF, null));
    }

    @Test
    void aSubjectAreaIsReadByItsChineseNameOrItsCode() {
        ItemRows.Read read = ItemRows.read(
                List.of(row(2, Map.of("领域", "医德医风")), row(3, Map.of("领域", "law-enforcement"))), SubjectArea.DEFAULTS);

        assertThat(read.rows())
                .extracting(r -> r.draft().subjectArea())
                .containsExactly("medical-ethics", "law-enforcement");
    }

    @Test
    void cellsThatDoNotReadAreNamedBySheetRowAndColumnWithoutTheirText() {
        ItemRows.Read read = ItemRows.read(
                List.of(row(9, Map.of("领域", "13800138000", "紧急程度", "很急", "报送人类型", "张三", "发生日期", "上个月"))),
                SubjectArea.DEFAULTS);

        assertThat(read.problems())
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("预警信息 第9行 领域", "预警信息 第9行 紧急程度", "预警信息 第9行 报送人类型", "预警信息 第9行 发生日期");
        assertThat(read.problems())
                .extracting(Violation::message)
                .noneMatch(m -> m.contains("13800138000") || m.contains("张三"));
    }

    @Test
    void aRuleViolationOfADraftIsNamedAsItsCell() {
        assertThat(ItemRows.toCell(7, new Violation("regionCode", "必填 / required")))
                .isEqualTo(new Violation("预警信息 第7行 所属区域代码", "必填 / required"));
        assertThat(ItemRows.toCell(12, new Violation("informantToken", "x")).field())
                .isEqualTo("预警信息 第12行 信息员令牌");
    }

    @Test
    void aSheetWithoutRowsIsRefused() {
        assertThat(ItemRows.read(List.of(), SubjectArea.DEFAULTS).problems())
                .extracting(Violation::field)
                .containsExactly("预警信息");
    }

    private static SheetRow row(int number, Map<String, String> overrides) {
        Map<String, String> cells = new HashMap<>(Map.of(
                "所属区域代码", "330281-101-001",
                "涉及单位代码", "330281-D03",
                "领域", "工作作风",
                "事项描述", DESCRIPTION));
        cells.putAll(overrides);
        return new SheetRow(number, cells);
    }
}
