package org.qingfeng.analysis.register.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.analysis.register.RiskPointFixtures.anyDraft;
import static org.qingfeng.analysis.register.RiskPointFixtures.anyPoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.intake.RiskCategory;

class PointRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final PointRules.Context CONTEXT =
            PointRules.Context.json(TODAY, Set.of("330281-D03", "330281-101")::contains);

    @Test
    void acceptsAValidDraftWithChineseLabels() {
        PointRules.Checked checked = PointRules.check(anyDraft(null, "330281-D03"), null, CONTEXT);

        assertThat(checked.violations()).isEmpty();
        assertThat(checked.point().category()).isEqualTo(RiskCategory.POST_DUTIES);
        assertThat(checked.point().level()).isEqualTo(RiskLevel.A);
        assertThat(checked.point().riskPointId()).isEmpty();
    }

    @Test
    void namesEveryBadField() {
        PointDraft draft = new PointDraft(
                "bad id!",
                "330281-999",
                "岗".repeat(51),
                " ",
                "财务",
                "D",
                null,
                "处长",
                "",
                "2030-01-01",
                "01/02/2026",
                List.of("招投标".repeat(10)));

        List<Violation> violations = PointRules.check(draft, null, CONTEXT).violations();

        assertThat(violations)
                .extracting(Violation::field)
                .containsExactlyInAnyOrder(
                        "riskPointId",
                        "unitCode",
                        "post",
                        "description",
                        "measures",
                        "responsibleLeader",
                        "category",
                        "level",
                        "leaderLevel",
                        "holderSince",
                        "lastSelfCheckOn",
                        "keywords");
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).contains(" / "));
    }

    @Test
    void acceptsTheLevelsAsTheSeedsWriteThem() {
        assertThat(Labels.level("高")).contains(RiskLevel.A);
        assertThat(Labels.level("二级")).contains(RiskLevel.B);
        assertThat(Labels.level("c")).contains(RiskLevel.C);
        assertThat(Labels.level("D")).isEmpty();
    }

    @Test
    void anEditKeepsTheUnitAndTheLastSelfCheck() {
        RiskPoint existing = anyPoint("330281-D03-P01", "330281-D03", RiskLevel.A);

        PointRules.Checked moved = PointRules.check(anyDraft(existing.riskPointId(), "330281-101"), existing, CONTEXT);
        PointRules.Checked kept = PointRules.check(anyDraft(existing.riskPointId(), "330281-D03"), existing, CONTEXT);

        assertThat(moved.violations()).extracting(Violation::field).containsExactly("unitCode");
        assertThat(kept.point().lastSelfCheckOn()).isEqualTo(existing.lastSelfCheckOn());
    }

    @Test
    void aSelfCheckIsNotInTheFutureNorBeforeTheLastOne() {
        RiskPoint point = anyPoint("p", "u", RiskLevel.A); // last self-check 2026-01-15

        assertThat(PointRules.checkSelfCheck(TODAY.plusDays(1), point, TODAY)).hasSize(1);
        assertThat(PointRules.checkSelfCheck(LocalDate.of(2026, 1, 14), point, TODAY))
                .hasSize(1);
        assertThat(PointRules.checkSelfCheck(null, point, TODAY)).hasSize(1);
        assertThat(PointRules.checkSelfCheck(TODAY, point, TODAY)).isEmpty();
        assertThat(PointRules.checkSelfCheck(TODAY, point.retired(), TODAY))
                .extracting(Violation::field)
                .containsExactly("riskPointId");
    }

    @Test
    void generatedIdsHaveTwoDigitsAndAreReadBack() {
        assertThat(PointIds.of("330281-D01", 3)).isEqualTo("330281-D01-P03");
        assertThat(PointIds.of("330281-D01", 123)).isEqualTo("330281-D01-P123");
        assertThat(PointIds.numberOf("330281-D01", "330281-D01-P07")).hasValue(7);
        assertThat(PointIds.numberOf("330281-D01", "330281-D02-P07")).isEmpty();
        assertThat(PointIds.numberOf("330281-D01", "330281-D01-PX")).isEmpty();
    }
}
