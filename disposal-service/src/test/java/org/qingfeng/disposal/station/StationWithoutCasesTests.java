package org.qingfeng.disposal.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.disposal.WebSlice;
import org.qingfeng.support.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Without the cases projection and its steps the station starts, and says it cannot serve cases yet. */
@WebMvcTest({StationCaseController.class, StationStepController.class})
@Import({WebSlice.class, StationSlice.class})
class StationWithoutCasesTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AuditTrail audit;

    @Test
    void answersTheListAndTheStepsWithAServiceUnavailableProblem() {
        MvcTestResult list = mvc.get().uri("/api/cases").exchange();
        MvcTestResult step = mvc.post()
                .uri("/api/cases/{id}/referral", UUID.randomUUID())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"sequence": 2, "reason": "拒不整改，移送立案审查"}""")
                .exchange();

        for (MvcTestResult result : List.of(list, step)) {
            assertThat(result)
                    .hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("处置案件服务未就绪 / cases not available");
        }
    }
}
