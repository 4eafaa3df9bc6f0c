package org.qingfeng.disposal.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingCycle;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.WebSlice;
import org.qingfeng.disposal.signal.rules.ReportingSignal;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(ReportingSignalController.class)
@Import(WebSlice.class)
class ReportingSignalControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ReportingSignalStore signals;

    private static final ReportingSignal LATE = new ReportingSignal(
            NetworkFixtures.TOWNSHIP,
            ReportingCycle.TOWNSHIP_MONTHLY,
            "2026-09",
            LocalDate.of(2026, 10, 8),
            ComplianceState.LATE,
            Instant.parse("2026-10-09T01:30:00Z"));

    @Test
    void listsTheNewestTwentySignalsByDefault() {
        givenStored(LATE);

        MvcTestResult result = mvc.get().uri("/api/reporting-signals").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"signals": [{"unitCode": "330281-101", "cycle": "TOWNSHIP_MONTHLY", "period": "2026-09",
                  "closesOn": "2026-10-08", "state": "LATE", "filedAt": "2026-10-09T01:30:00Z"}]}
                """);
    }

    @Test
    void leavesOutTheSignalsOfUnitsOutsideTheCallersSubtree() {
        givenStored(LATE);

        MvcTestResult result = mvc.get()
                .uri("/api/reporting-signals")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(NetworkFixtures.OTHER_TOWNSHIP, "TOWNSHIP_STAFF"))
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"signals": []}""");
    }

    @Test
    void refusesALimitOutsideOneToTwoHundred() {
        MvcTestResult result = mvc.get().uri("/api/reporting-signals?limit=201").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("limit");
        verifyNoInteractions(signals);
    }

    /** The store as it pages: the stored signals the caller's filter lets through. */
    private void givenStored(ReportingSignal... stored) {
        given(signals.newest(eq(20), any())).willAnswer(call -> {
            Predicate<ReportingSignal> visible = call.getArgument(1);
            return List.of(stored).stream().filter(visible).toList();
        });
    }
}
