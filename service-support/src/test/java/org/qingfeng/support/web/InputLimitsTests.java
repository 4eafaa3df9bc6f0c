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

/**
 * The limits as every service's web slice gets them: auto-configured, the test's controller takes
 * {@code {regionCode, content}} and a larger body is never parsed.
 */
@WebMvcTest
@Import(ThingController.class)
class InputLimitsTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void acceptsAnOrdinaryBody() {
        assertThat(post("{\"regionCode\":\"330281\",\"content\":{\"a\":[1,2,{\"b\":\"c\"}]}}"))
                .hasStatus(HttpStatus.OK);
    }

    @Test
    void refusesABodyNestedDeeperThan32With400() {
        String nested = "[".repeat(40) + "]".repeat(40);

        MvcTestResult result = post("{\"regionCode\":\"330281\",\"content\":" + nested + "}");

        assertProblem(result, HttpStatus.BAD_REQUEST);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("limit");
        assertThat(post("{\"regionCode\":\"330281\",\"content\":" + "[".repeat(20) + "]".repeat(20) + "}"))
                .hasStatus(HttpStatus.OK);
    }

    @Test
    void refusesABodyOverOneMegabyteWith413BeforeReadingIt() {
        String big = "{\"regionCode\":\"" + "村".repeat(700_000) + "\"}";

        MvcTestResult result = post(big);

        assertProblem(result, HttpStatus.CONTENT_TOO_LARGE);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("body");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("1 MB");
    }

    @Test
    void refusesADuplicateKeyWith400() {
        MvcTestResult result = post("{\"regionCode\":\"330281\",\"regionCode\":\"330282\"}");

        assertProblem(result, HttpStatus.BAD_REQUEST);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("duplicate");
    }

    @Test
    void refusesAQueryOperatorWhereAStringBelongsWith400() {
        MvcTestResult result = post("{\"regionCode\":{\"$ne\":null}}");

        assertProblem(result, HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("regionCode");
    }

    @Test
    void refusesANumberLongerThan100Digits() {
        assertProblem(post("{\"regionCode\":\"330281\",\"content\":" + "9".repeat(101) + "}"), HttpStatus.BAD_REQUEST);
    }

    private MvcTestResult post(String body) {
        return mvc.post()
                .uri("/notes")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private static void assertProblem(MvcTestResult result, HttpStatus status) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors").asArray().isNotEmpty();
    }
}
