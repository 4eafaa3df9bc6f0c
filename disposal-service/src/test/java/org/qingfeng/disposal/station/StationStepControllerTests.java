package org.qingfeng.disposal.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.then;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.contracts.disposal.CaseStepped.TalkKind;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.WebSlice;
import org.qingfeng.disposal.cases.CaseCommand;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(StationStepController.class)
@Import({WebSlice.class, StationSlice.class, FakeCases.Wiring.class})
class StationStepControllerTests {

    private static final String STATION_STAFF = "Bearer "
            + TestTokens.token()
                    .subject("u-station-7")
                    .roles("WORK_STATION_STAFF")
                    .node(NetworkFixtures.ROOT)
                    .sign();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeCases cases;

    @MockitoBean
    AuditTrail audit;

    private final CaseView own = CaseFixtures.anyCase();

    @AfterEach
    void forget() {
        cases.clear();
    }

    @Test
    void schedulesATalkOfTheKindAskedForAndAnswersTheNewSequence() {
        cases.given(own);

        MvcTestResult result = post("/talks", """
                {"sequence": 2, "talkKind": "ADMONISHMENT_TALK", "scheduledFor": "2026-11-25T01:30:00Z"}""");

        assertThat(result).hasStatus(HttpStatus.ACCEPTED);
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"caseId": "%s", "sequence": 3}""".formatted(own.caseId()));
        assertThat(cases.appended())
                .containsExactly(new CaseCommand(
                        own.caseId(),
                        2L,
                        Step.TALK_SCHEDULED,
                        "u-station-7",
                        null,
                        null,
                        List.of(),
                        TalkKind.ADMONISHMENT_TALK,
                        Instant.parse("2026-11-25T01:30:00Z"),
                        null));
    }

    @Test
    void filesATalksRecordAsItsText() {
        cases.given(own);

        assertThat(post("/talk-records", """
                        {"sequence": 2, "text": "  谈话已进行，当事人表示将立即整改。  "}""")).hasStatus(HttpStatus.ACCEPTED);

        assertThat(cases.appended()).singleElement().satisfies(command -> {
            assertThat(command.step()).isEqualTo(Step.TALK_RECORDED);
            assertThat(command.text()).isEqualTo("谈话已进行，当事人表示将立即整改。");
            assertThat(command.expectedSequence()).isEqualTo(2L);
        });
    }

    @Test
    void acceptsAReplyWithItsReasonAndAuditsItAsADisposalDecisionWithoutTheReason() {
        cases.given(own);

        assertThat(post("/verification", """
                        {"sequence": 2, "accepted": true, "reason": "整改报告附有复查记录，措施到位。"}""")).hasStatus(HttpStatus.ACCEPTED);

        assertThat(cases.appended()).singleElement().satisfies(command -> {
            assertThat(command.step()).isEqualTo(Step.REPLY_ACCEPTED);
            assertThat(command.reason()).isEqualTo("整改报告附有复查记录，措施到位。");
        });
        then(audit)
                .should()
                .record(
                        any(Actor.class),
                        eq(AuditEntry.of(
                                        AuditAction.DISPOSAL_DECIDED,
                                        "case",
                                        own.caseId().toString(),
                                        NetworkFixtures.TOWNSHIP)
                                .detail("REPLY_ACCEPTED")));
    }

    @Test
    void rejectsAReplyAsAStepUpTheLadder() {
        cases.given(own);

        assertThat(post("/verification", """
                        {"sequence": 2, "accepted": false, "reason": "说明未涉及整改措施"}""")).hasStatus(HttpStatus.ACCEPTED);

        assertThat(cases.appended()).extracting(CaseCommand::step).containsExactly(Step.REPLY_REJECTED);
    }

    @Test
    void refersACaseWithItsReason() {
        cases.given(own);

        assertThat(post("/referral", """
                        {"sequence": 2, "reason": "拒不整改，移送立案审查"}""")).hasStatus(HttpStatus.ACCEPTED);

        assertThat(cases.appended()).singleElement().satisfies(command -> {
            assertThat(command.step()).isEqualTo(Step.REFERRED);
            assertThat(command.reason()).isEqualTo("拒不整改，移送立案审查");
            assertThat(command.actor()).isEqualTo("u-station-7");
        });
    }

    @Test
    void refusesAVerificationWithoutADecisionOrWithAReasonOfAWordOrTwo() {
        cases.given(own);

        MvcTestResult result = post("/verification", """
                {"sequence": 0, "reason": " 同意 "}""");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("sequence", "accepted", "reason");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[2].message")
                .isEqualTo("理由至少4个字 / a reason of at least 4 characters");
        assertThat(cases.appended()).isEmpty();
        then(audit).shouldHaveNoInteractions();
    }

    @Test
    void refusesATalkOfAnUnknownKindAndWithoutItsTime() {
        cases.given(own);

        MvcTestResult result = post("/talks", """
                {"sequence": 2, "talkKind": "CHAT"}""");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("talkKind", "scheduledFor");
    }

    @Test
    void passesTheConflictOfAStaleSequenceThrough() {
        cases.given(own);

        MvcTestResult result = post("/referral", """
                {"sequence": 1, "reason": "拒不整改，移送立案审查"}""");

        assertThat(result).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("案件状态已变化 / The case has moved on");
        assertThat(cases.appended()).isEmpty();
    }

    @Test
    void answersAStepOnACaseOutsideTheCallersSubtreeAsOnACaseThatDoesNotExist() {
        cases.given(own);

        MvcTestResult result = mvc.post()
                .uri("/api/cases/{id}/referral", own.caseId())
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestTokens.bearer(NetworkFixtures.OTHER_TOWNSHIP, "WORK_STATION_STAFF"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"sequence": 2, "reason": "拒不整改，移送立案审查"}""")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(cases.appended()).isEmpty();
    }

    @Test
    void refusesTownshipStaffWhoMayOnlyRead() {
        cases.given(own);

        MvcTestResult result = mvc.post()
                .uri("/api/cases/{id}/referral", own.caseId())
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(NetworkFixtures.TOWNSHIP, "TOWNSHIP_STAFF"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cases.appended()).isEmpty();
    }

    @Test
    void opensACaseForAFindingOnTheLadderChosen() {
        UUID findingId = UUID.randomUUID();

        MvcTestResult result = mvc.post()
                .uri("/api/cases")
                .header(HttpHeaders.AUTHORIZATION, STATION_STAFF)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"findingId": "%s", "ladder": "cards"}""".formatted(findingId))
                .exchange();

        assertThat(result).hasStatus(HttpStatus.ACCEPTED);
        assertThat(cases.openings()).containsExactly(new FakeCases.Opening(findingId, "cards", "u-station-7"));
        assertThat(result).bodyJson().extractingPath("$.caseId").isNotNull();
    }

    @Test
    void refusesToOpenOnALadderThatDoesNotExist() {
        MvcTestResult result = mvc.post()
                .uri("/api/cases")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"findingId": "not-a-uuid", "ladder": "stairs"}""")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("findingId", "ladder");
        assertThat(cases.openings()).isEmpty();
    }

    private MvcTestResult post(String path, String body) {
        return mvc.post()
                .uri("/api/cases/{id}" + path, own.caseId())
                .header(HttpHeaders.AUTHORIZATION, STATION_STAFF)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }
}
