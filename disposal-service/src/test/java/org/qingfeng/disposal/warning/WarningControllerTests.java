package org.qingfeng.disposal.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.WebSlice;
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

@WebMvcTest(WarningController.class)
@Import({WebSlice.class, WarningScope.class})
class WarningControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Warnings warnings;

    @MockitoBean
    AuditTrail audit;

    @Test
    void listsTheNewestTwentyWarningsWithTheirColourInWordsByDefault() {
        Warning warning = WarningFixtures.anyWarning();
        givenStored(warning);

        MvcTestResult result = mvc.get().uri("/api/warnings").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"warnings": [{
                  "warningId": "%s", "itemId": "%s", "unitCode": "330281-D03", "townshipCode": "330281-101",
                  "colour": "YELLOW", "colourLabel": "黄色预警 / Yellow", "measure": "警示谈话 / Warning talk",
                  "policyVersion": "placeholder-1", "reason": "subject area law-enforcement: warning talk",
                  "issuedAt": "2026-11-12T02:00:01.250Z"}]}
                """.formatted(warning.warningId(), warning.itemId()));
    }

    @Test
    void findsTheWarningOfAnItemByItsDerivedId() {
        Warning warning = WarningFixtures.anyWarning();
        given(warnings.byId(Warning.idFor(warning.itemId()))).willReturn(Optional.of(warning));

        MvcTestResult result =
                mvc.get().uri("/api/warnings?itemId={id}", warning.itemId()).exchange();

        assertThat(result)
                .bodyJson()
                .extractingPath("$.warnings[0].warningId")
                .isEqualTo(warning.warningId().toString());
    }

    @Test
    void refusesALimitAboveTwoHundredWithAProblemNamingTheField() {
        MvcTestResult result = mvc.get().uri("/api/warnings?limit=201").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("请求参数有误 / Invalid request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("limit");
        verifyNoInteractions(warnings);
    }

    @Test
    void refusesALimitBelowOne() {
        MvcTestResult result = mvc.get().uri("/api/warnings?limit=0").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("limit");
    }

    @Test
    void refusesAnItemIdThatIsNotAUuid() {
        MvcTestResult result = mvc.get().uri("/api/warnings?itemId=42").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("itemId");
    }

    @Test
    void answersAnUnknownWarningWithANotFoundProblem() {
        UUID unknown = UUID.randomUUID();
        given(warnings.byId(unknown)).willReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri("/api/warnings/{id}", unknown).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("未找到预警 / Warning not found");
    }

    @Test
    void answersOneWarningById() {
        Warning warning = WarningFixtures.anyWarning();
        given(warnings.byId(warning.warningId())).willReturn(Optional.of(warning));

        MvcTestResult result =
                mvc.get().uri("/api/warnings/{id}", warning.warningId()).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.colourLabel").isEqualTo("黄色预警 / Yellow");
    }

    @Test
    void countsWarningsPerColourForTheConsoleChart() {
        Map<WarningColour, Long> counts = new EnumMap<>(Map.of(
                WarningColour.BLUE, 3L, WarningColour.YELLOW, 1L, WarningColour.ORANGE, 0L, WarningColour.RED, 0L));
        given(warnings.countByColour(any())).willReturn(counts);

        MvcTestResult result = mvc.get().uri("/api/warnings/summary").exchange();

        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"byColour": {"BLUE": 3, "YELLOW": 1, "ORANGE": 0, "RED": 0}}
                """);
    }

    @Test
    void auditsAListAsOneEntryWithItsCount() {
        givenStored(WarningFixtures.anyWarning(), WarningFixtures.anyWarning());

        assertThat(mvc.get().uri("/api/warnings")).hasStatusOk();

        then(audit)
                .should()
                .record(
                        any(Actor.class),
                        eq(AuditEntry.of(AuditAction.ITEM_LIST, "warning", null, NetworkFixtures.ROOT)
                                .detail("2")));
    }

    @Test
    void auditsASingleReadWithTheReadersSubject() {
        Warning warning = WarningFixtures.anyWarning();
        given(warnings.byId(warning.warningId())).willReturn(Optional.of(warning));

        assertThat(mvc.get()
                        .uri("/api/warnings/{id}", warning.warningId())
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                "Bearer "
                                        + TestTokens.token()
                                                .subject("u-reader")
                                                .node(NetworkFixtures.DEPARTMENT)
                                                .roles("DEPARTMENT_OFFICER")
                                                .sign()))
                .hasStatusOk();

        ArgumentCaptor<Actor> actor = ArgumentCaptor.captor();
        then(audit)
                .should()
                .record(
                        actor.capture(),
                        eq(AuditEntry.of(
                                AuditAction.ITEM_READ,
                                "warning",
                                warning.warningId().toString(),
                                warning.townshipCode())));
        assertThat(actor.getValue().subject()).isEqualTo("u-reader");
    }

    @Test
    void answersAWarningOutsideTheCallersPartExactlyAsAnUnknownOneAndAuditsNothing() {
        Warning warning = WarningFixtures.anyWarning();
        given(warnings.byId(warning.warningId())).willReturn(Optional.of(warning));

        MvcTestResult otherTownship = mvc.get()
                .uri("/api/warnings/{id}", warning.warningId())
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(NetworkFixtures.OTHER_TOWNSHIP, "TOWNSHIP_STAFF"))
                .exchange();
        MvcTestResult otherDepartment = mvc.get()
                .uri("/api/warnings/{id}", warning.warningId())
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestTokens.bearer(NetworkFixtures.ROOT + "-D09", "DEPARTMENT_OFFICER"))
                .exchange();
        // A department officer does not see a warning because the item came from their node's township.
        MvcTestResult officerAtTheTownship = mvc.get()
                .uri("/api/warnings/{id}", warning.warningId())
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(NetworkFixtures.TOWNSHIP, "DEPARTMENT_OFFICER"))
                .exchange();

        for (MvcTestResult result : List.of(otherTownship, otherDepartment, officerAtTheTownship)) {
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(result)
                    .bodyJson()
                    .extractingPath("$.detail")
                    .isEqualTo("没有编号为 " + warning.warningId() + " 的预警 / No warning has the id " + warning.warningId());
        }
        verifyNoInteractions(audit);
    }

    /** The store as it pages: the stored warnings the caller's filter lets through. */
    private void givenStored(Warning... stored) {
        given(warnings.newest(eq(20), any())).willAnswer(call -> {
            Predicate<Warning> visible = call.getArgument(1);
            return List.of(stored).stream().filter(visible).toList();
        });
    }
}
