package org.qingfeng.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The advice as every service's web slice gets it: auto-configured, nothing imported but the controller. */
@WebMvcTest
@Import(ThingController.class)
class ProblemDetailsAdviceTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void namesABadParameterUnderTheInvalidRequestTitle() {
        MvcTestResult result = mvc.get().uri("/things?limit=0").exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, "请求参数有误 / Invalid request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("limit");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("至少为 1 / at least 1");
    }

    @Test
    void saysWhichYearLacksAWorkingDayTableAndWhereToAddIt() {
        MvcTestResult result = mvc.get().uri("/deadline").exchange();

        assertProblem(result, HttpStatus.INTERNAL_SERVER_ERROR, "缺少工作日历 / Working-day table missing");
        assertThat(result).bodyJson().extractingPath("$.year").isEqualTo(2031);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("qingfeng.calendar.years.2031");
    }

    @Test
    void namesAParameterOfTheWrongTypeAndAMissingOne() {
        assertThat(mvc.get().uri("/things?limit=many"))
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("limit");
        assertThat(mvc.get().uri("/things"))
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("limit");
    }

    @Test
    void namesTheFieldOfABodyThatCannotBeReadAndTheValuesItMayTake() {
        MvcTestResult result = mvc.post()
                .uri("/things")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"colour\":\"GREEN\",\"size\":1}")
                .exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, "提交内容有误 / Invalid submission");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("colour");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("取值无效，可选：RED, BLUE / invalid value, one of: RED, BLUE");
    }

    @Test
    void givesSpringMvcErrorsABilingualTitleAndAnEmptyErrorsList() {
        MvcTestResult result = mvc.delete().uri("/things").exchange();

        assertProblem(result, HttpStatus.METHOD_NOT_ALLOWED, "不支持该请求方法 / Method not allowed");
        assertThat(result).bodyJson().extractingPath("$.errors").asArray().isEmpty();
    }

    @Test
    void keepsATitleThatAnExceptionGivesItsOwnProblem() {
        assertProblem(mvc.get().uri("/things/7").exchange(), HttpStatus.NOT_FOUND, "未找到物件 / Thing not found");
    }

    @Test
    void answersAnUnexpectedFailureWith500WithoutItsMessage() {
        MvcTestResult result = mvc.get().uri("/boom").exchange();

        assertProblem(result, HttpStatus.INTERNAL_SERVER_ERROR, "服务内部错误 / Internal error");
        assertThat(result).body().asString().doesNotContain(ThingController.SECRET);
    }

    private static void assertProblem(MvcTestResult result, HttpStatus status, String title) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo(title);
    }
}
