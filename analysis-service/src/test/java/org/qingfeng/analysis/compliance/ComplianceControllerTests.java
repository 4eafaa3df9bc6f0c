package org.qingfeng.analysis.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.WebSlice;
import org.qingfeng.analysis.compliance.rules.ComplianceFlag;
import org.qingfeng.analysis.compliance.rules.DateRange;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingCycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(ComplianceController.class)
@Import(WebSlice.class)
class ComplianceControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ComplianceStore store;

    @Test
    void answersTheFlagsOfWindowsClosingInTheRange() {
        LocalDate from = LocalDate.of(2026, 10, 1);
        LocalDate to = LocalDate.of(2026, 10, 31);
        given(store.closingIn(new DateRange(from, to)))
                .willReturn(List.of(new ComplianceFlag(
                        "330281-101",
                        ReportingCycle.TOWNSHIP_MONTHLY,
                        "2026-09",
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 8),
                        ComplianceState.LATE,
                        Instant.parse("2026-10-09T01:30:00Z"),
                        true,
                        0)));

        MvcTestResult result =
                mvc.get().uri("/api/compliance?from=2026-10-01&to=2026-10-31").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"flags": [{"unitCode": "330281-101", "cycle": "TOWNSHIP_MONTHLY", "period": "2026-09",
                  "closesOn": "2026-10-08", "state": "LATE", "filedAt": "2026-10-09T01:30:00Z", "nil": true}]}
                """);
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        assertProblemOn("/api/compliance?from=2026-10-31&to=2026-10-01", "to");
    }

    @Test
    void refusesARangeLongerThanAYear() {
        assertProblemOn("/api/compliance?from=2025-01-01&to=2026-12-31", "to");
    }

    @Test
    void wantsBothEndsAsDays() {
        assertProblemOn("/api/compliance?to=2026-10-31", "from");
        assertProblemOn("/api/compliance?from=2026-10-1x&to=2026-10-31", "from");
    }

    private void assertProblemOn(String uri, String field) {
        MvcTestResult result = mvc.get().uri(uri).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
        verifyNoInteractions(store);
    }
}
