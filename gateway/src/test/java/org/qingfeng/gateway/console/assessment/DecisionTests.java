package org.qingfeng.gateway.console.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.NodeNames;
import tools.jackson.databind.json.JsonMapper;

/** A ranking row's figures, and the decision that records them. */
class DecisionTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsTheFiguresDigitForDigitAndListsThemInAFixedOrder() {
        Ranking ranking = json.readValue("""
                {"year":2026,"method":"assessment-1","informants":[{"rank":2,"informantToken":"inf-X",
                 "items":6,"adopted":1,"adoptedShare":0.1667,"timely":2,"timelyShare":0.30,"duplicates":0,
                 "unfounded":4,"malicious":1,"score":12.0,"recommendation":"DISMISS","reasons":["r"]}]}
                """, Ranking.class);

        assertThat(Figures.of(ranking.informants().get(0)))
                .containsExactly(
                        "rank=2",
                        "items=6",
                        "adopted=1",
                        "adoptedShare=0.1667",
                        "timely=2",
                        "timelyShare=0.30",
                        "duplicates=0",
                        "unfounded=4",
                        "malicious=1",
                        "score=12.0",
                        "recommendation=DISMISS");
    }

    @Test
    void leavesOutAFigureAnalysisDidNotSend() {
        Ranking.Ranked row = new Ranking.Ranked(
                null, "inf-X", null, null, 3L, null, null, null, null, null, null, null, null, null, null);

        assertThat(Figures.of(row)).containsExactly("items=3");
    }

    @Test
    void showsAShareAsAWholePercentage() {
        assertThat(Figures.percent(new BigDecimal("0.6428"))).isEqualTo("64%");
        assertThat(Figures.percent(new BigDecimal("1"))).isEqualTo("100%");
        assertThat(Figures.percent(null)).isEmpty();
    }

    @Test
    void offersTheRecommendationAsTheVerdictAndKeepWithoutOne() {
        Ranking.Ranked dismiss = new Ranking.Ranked(
                1, "inf-X", "330281-101", "ACTIVE", 1L, 0L, null, 0L, null, 0L, 1L, 0L, null, "DISMISS", List.of());
        Ranking.Ranked none = new Ranking.Ranked(
                2, "inf-Y", "330281-101", "ACTIVE", 1L, 0L, null, 0L, null, 0L, 0L, 0L, null, "NONE", List.of());

        assertThat(AssessmentLine.from(0, dismiss, NodeNames.none()).verdict()).isEqualTo("DISMISS");
        assertThat(AssessmentLine.from(0, dismiss, NodeNames.none()).badge()).isEqualTo("badge-dismiss");
        assertThat(AssessmentLine.from(1, none, NodeNames.none()).verdict()).isEqualTo("KEEP");
        assertThat(AssessmentLine.from(1, none, NodeNames.none()).recommends()).isFalse();
    }

    @Test
    void mapsTheDecideFormWithTheWorkStationAsDecider() {
        FormValues form = FormValues.of(Map.of(
                "informantToken", List.of("inf-7Q2W9E4R1T6Y3U8I5O0P2A7S4D"),
                "year", List.of("2026"),
                "verdict", List.of("DISMISS"),
                "reason", List.of("不实信息过多"),
                "method", List.of("assessment-1"),
                "figures", List.of("items=6", "unfounded=4")));

        assertThat(json.writeValueAsString(Decision.from(form, "330281-WS")))
                .isEqualTo("{\"informantToken\":\"inf-7Q2W9E4R1T6Y3U8I5O0P2A7S4D\",\"year\":2026,"
                        + "\"verdict\":\"DISMISS\",\"reason\":\"不实信息过多\",\"decidedBy\":\"330281-WS\","
                        + "\"method\":\"assessment-1\",\"figures\":[\"items=6\",\"unfounded=4\"]}");
        assertThat(Decision.check(form).isEmpty()).isTrue();
    }

    @Test
    void refusesAYearThatIsNotOne() {
        assertThat(Decision.check(FormValues.of(Map.of("year", List.of("20x6"))))
                        .general())
                .containsExactly("year：年度无效 / not a valid year");
    }
}
