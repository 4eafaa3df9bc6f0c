package org.qingfeng.analysis.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.qingfeng.analysis.WebSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(LedgerController.class)
@Import(WebSlice.class)
class LedgerControllerTests {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    MonthlyLedgers ledgers;

    @Test
    void answersTheMonthsRowsWithTheirTotalAndNoItemIds() {
        given(ledgers.rows(LedgerKey.Range.of(NOVEMBER)))
                .willReturn(List.of(
                        new LedgerRow("330281-101", "law-enforcement", 2),
                        new LedgerRow("330281-101", "work-style", 3)));

        MvcTestResult result = mvc.get().uri("/api/ledgers/2026-11").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"month": "2026-11", "total": 5, "rows": [
                  {"townshipCode": "330281-101", "subjectArea": "law-enforcement", "count": 2},
                  {"townshipCode": "330281-101", "subjectArea": "work-style", "count": 3}]}
                """);
    }

    @Test
    void narrowsTheMonthToOneTownshipWhenAsked() {
        given(ledgers.rows(LedgerKey.Range.of(NOVEMBER, "330281-102"))).willReturn(List.of());

        MvcTestResult result =
                mvc.get().uri("/api/ledgers/2026-11?townshipCode=330281-102").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"month": "2026-11", "total": 0, "rows": []}
                """);
        then(ledgers).should(never()).rows(LedgerKey.Range.of(NOVEMBER));
    }

    @Test
    void refusesAMalformedMonthWithAProblemNamingTheField() {
        MvcTestResult result = mvc.get().uri("/api/ledgers/2026-13").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("请求参数有误 / Invalid request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("month");
        verifyNoInteractions(ledgers);
    }

    @Test
    void refusesATownshipCodeThatCouldReachIntoAnotherLedgerLine() {
        MvcTestResult result =
                mvc.get().uri("/api/ledgers/2026-11?townshipCode=330281|x").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("townshipCode");
        then(ledgers).should(never()).rows(ArgumentMatchers.any());
    }
}
