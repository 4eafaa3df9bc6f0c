package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 考核 and 报送 over HTTP. */
class AssessmentAndReportingConsoleIT extends StubbedServices {

    @Test
    void ranksWithFiguresRecommendationsAndReasons() {
        String page = text("/console/assessment?year=2026");

        assertThat(page)
                .contains("2026 年度信息员考核", "<code>assessment-1</code>")
                .contains("<span class=\"badge badge-dismiss\">解聘建议</span>")
                .contains("<span class=\"badge badge-commend\">表彰建议</span>")
                .contains("不实信息过多 / too many unfounded items", "71%", "17%", "91.5")
                .contains("<option value=\"DISMISS\" selected=\"selected\">解聘</option>")
                .contains("name=\"figures\" value=\"adoptedShare=0.1667\"");
    }

    @Test
    void recordsADecisionWithTheMethodAndTheFiguresOfItsRow() {
        String body = postForm(
                        "/console/assessment/decide",
                        "row=1&informantToken=" + BackendFixtures.DISMISSED_TOKEN
                                + "&year=2026&method=assessment-1&figures=items%3D6&figures=unfounded%3D4"
                                + "&verdict=DISMISS&reason=%E4%B8%8D%E5%AE%9E")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(intake.lastRequest("POST", "/api/informants/decisions").text())
                .isEqualTo("{\"informantToken\":\"" + BackendFixtures.DISMISSED_TOKEN + "\",\"year\":2026,"
                        + "\"verdict\":\"DISMISS\",\"reason\":\"不实\",\"decidedBy\":\"330281-WS\","
                        + "\"method\":\"assessment-1\",\"figures\":[\"items=6\",\"unfounded=4\"]}");
        assertThat(body).contains("<p id=\"decide-1\" class=\"decided\" hx-swap-oob=\"true\">已记录：解聘</p>");
    }

    @Test
    void showsTheWindowsPerUnitWithStatesNilReportsAndDisposalsSignals() {
        String page = text("/console/reporting?from=2026-10-01&to=2026-12-31");

        assertThat(intake.lastQuery("GET", "/api/reporting/windows")).isEqualTo("from=2026-10-01&to=2026-12-31");
        assertThat(disposal.lastQuery("GET", "/api/reporting-signals")).isEqualTo("limit=50");
        assertThat(page)
                .contains("<span>城关镇</span>", "<span>县教育局</span>", "乡镇月报", "市直单位季报")
                .contains("<span class=\"state state-late\">逾期</span>", "<span class=\"badge badge-nil\">零报告</span>")
                .contains(
                        "<span class=\"state state-on-time\">按时</span>",
                        "<span class=\"state state-missing\">缺报</span>")
                .contains(
                        "<span class=\"state state-open\">进行中</span>",
                        "<span class=\"state state-upcoming\">未开始</span>")
                .contains("id=\"signals-table\"", "2026-10-09 09:30");
        assertThat(page)
                .as("a window without a working-day table is named with intake's message, not dropped")
                .contains("截止日所在年份还没有工作日历", "2026-12", "qingfeng.calendar.years.2027");
    }

    @Test
    void speaksEnglishOnRequest() {
        assertThat(text("/console/reporting?lang=en")).contains("<html lang=\"en\">", "Late and missing reports");
        assertThat(text("/console/assessment?year=2026&lang=en")).contains("Informant assessment 2026", ">Dismiss<");
    }
}
