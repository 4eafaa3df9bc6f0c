package org.qingfeng.analysis.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.WebSlice;
import org.qingfeng.analysis.assessment.rules.Assessment;
import org.qingfeng.analysis.assessment.rules.Ranked;
import org.qingfeng.analysis.assessment.rules.Recommendation;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.contracts.intake.InformantStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(AssessmentController.class)
@Import(WebSlice.class)
class AssessmentControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Assessments assessments;

    @Test
    void answersTheRankingWithTheMethodVersion() {
        given(assessments.of(eq(2026), eq("330281-101"), any()))
                .willReturn(List.of(new Ranked(
                        1,
                        new Assessment(
                                "inf-8M3QZ1K7VX0T4N2C9R5B6H8D1F",
                                "330281-101-001",
                                InformantStatus.ACTIVE,
                                5,
                                3,
                                0.6,
                                2,
                                0.67,
                                1,
                                1,
                                0,
                                17,
                                Recommendation.NONE,
                                List.of("未达到表彰或解聘条件 / meets neither the commend nor the dismiss conditions")))));

        MvcTestResult result =
                mvc.get().uri("/api/assessments/2026?scope=330281-101").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"year": 2026, "method": "assessment-1", "informants": [{"rank": 1,
                  "informantToken": "inf-8M3QZ1K7VX0T4N2C9R5B6H8D1F", "homeNodeCode": "330281-101-001",
                  "status": "ACTIVE", "items": 5, "adopted": 3, "adoptedShare": 0.6, "timely": 2,
                  "timelyShare": 0.67, "duplicates": 1, "unfounded": 1, "malicious": 0, "score": 17,
                  "recommendation": "NONE",
                  "reasons": ["未达到表彰或解聘条件 / meets neither the commend nor the dismiss conditions"]}]}
                """);
    }

    @Test
    void refusesAYearOutsideTheNetworksLifetime() {
        MvcTestResult result = mvc.get().uri("/api/assessments/1999").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("year");
        verifyNoInteractions(assessments);
    }

    @Test
    void refusesAScopeThatIsNoNodeCode() {
        MvcTestResult result = mvc.get().uri("/api/assessments/2026?scope=a|b").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("scope");
        verifyNoInteractions(assessments);
    }

    @Test
    void answersAnUnknownScopeAsAProblemNamingIt() {
        given(assessments.of(eq(2026), eq("330281-999"), any()))
                .willThrow(RulesViolated.of("scope", "网络中没有该节点 / no such node in the network"));

        MvcTestResult result =
                mvc.get().uri("/api/assessments/2026?scope=330281-999").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("scope");
    }
}
