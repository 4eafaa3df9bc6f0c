package org.qingfeng.disposal.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.then;
import static org.qingfeng.disposal.station.CaseFixtures.NOW;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.WebSlice;
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

@WebMvcTest(StationCaseController.class)
@Import({WebSlice.class, StationSlice.class, FakeCases.Wiring.class})
class StationCaseControllerTests {

    private static final String TOWNSHIP_STAFF = TestTokens.bearer(NetworkFixtures.TOWNSHIP, "TOWNSHIP_STAFF");
    private static final String OTHER_TOWNSHIP_STAFF =
            TestTokens.bearer(NetworkFixtures.OTHER_TOWNSHIP, "TOWNSHIP_STAFF");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeCases cases;

    @MockitoBean
    AuditTrail audit;

    @AfterEach
    void forget() {
        cases.clear();
    }

    @Test
    void listsTheOverdueFirstThenTheNearestDeadlineThenTheNewest() {
        CaseView dueLater = township().dueAt(NOW.plus(Duration.ofDays(9))).build();
        CaseView dueSoon = township().dueAt(NOW.plus(Duration.ofDays(2))).build();
        CaseView overdue = township().dueAt(NOW.minus(Duration.ofDays(1))).build();
        CaseView noDeadlineOlder = township()
                .state(State.REPLIED)
                .openedAt(NOW.minus(Duration.ofDays(5)))
                .build();
        CaseView noDeadlineNewer = township()
                .state(State.REPLIED)
                .openedAt(NOW.minus(Duration.ofDays(2)))
                .build();
        CaseView ackSoonerThanDue = township()
                .dueAt(NOW.plus(Duration.ofDays(9)))
                .acknowledgeBy(NOW.plus(Duration.ofHours(3)))
                .build();
        cases.given(dueLater, noDeadlineOlder, dueSoon, noDeadlineNewer, overdue, ackSoonerThanDue);

        MvcTestResult result = mvc.get().uri("/api/cases").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyJson()
                .extractingPath("$.cases[*].caseId")
                .asArray()
                .containsExactly(ids(overdue, ackSoonerThanDue, dueSoon, dueLater, noDeadlineNewer, noDeadlineOlder));
        assertThat(result).bodyJson().extractingPath("$.cases[0].overdue").isEqualTo(true);
        assertThat(result).bodyJson().extractingPath("$.cases[0].colourLabel").isEqualTo("蓝色预警 / Blue");
    }

    @Test
    void countsUnfinishedCasesPerColourAndOverdueAndTheFinishedApart() {
        cases.given(
                township().colour(WarningColour.BLUE).build(),
                township().colour(WarningColour.ORANGE).build(),
                township()
                        .colour(WarningColour.ORANGE)
                        .dueAt(NOW.minus(Duration.ofDays(1)))
                        .build(),
                township().colour(WarningColour.RED).state(State.REFERRED).build(),
                township().colour(WarningColour.YELLOW).state(State.CLOSED).build());

        MvcTestResult list = mvc.get().uri("/api/cases?limit=1").exchange();
        MvcTestResult summary = mvc.get().uri("/api/cases/summary").exchange();

        assertThat(list).bodyJson().extractingPath("$.cases.length()").isEqualTo(1);
        assertThat(list)
                .bodyJson()
                .extractingPath("$.counts")
                .isEqualTo(
                        Map.of("BLUE", 1, "YELLOW", 0, "ORANGE", 2, "RED", 0, "overdue", 1, "open", 3, "finished", 2));
        assertThat(summary).bodyJson().isStrictlyEqualTo("""
                {"byColour": {"BLUE": 1, "YELLOW": 0, "ORANGE": 2, "RED": 0}, "overdue": 1, "open": 3, "finished": 2}
                """);
    }

    @Test
    void filtersByStateColourAndLadder() {
        CaseView blue = township().colour(WarningColour.BLUE).build();
        CaseView orange = township().colour(WarningColour.ORANGE).build();
        CaseView closed = township().state(State.CLOSED).build();
        CaseView inquiry = township().ladder("inquiry").build();
        cases.given(blue, orange, closed, inquiry);

        assertThat(mvc.get().uri("/api/cases?state=FINISHED").exchange())
                .bodyJson()
                .extractingPath("$.cases[*].caseId")
                .asArray()
                .containsExactly(ids(closed));
        assertThat(mvc.get().uri("/api/cases?colour=ORANGE").exchange())
                .bodyJson()
                .extractingPath("$.cases[*].caseId")
                .asArray()
                .containsExactly(ids(orange));
        assertThat(mvc.get().uri("/api/cases?ladder=inquiry&state=ALL").exchange())
                .bodyJson()
                .extractingPath("$.cases[*].caseId")
                .asArray()
                .containsExactly(ids(inquiry));
        assertThat(mvc.get().uri("/api/cases?state=ALL").exchange())
                .bodyJson()
                .extractingPath("$.cases.length()")
                .isEqualTo(4);
    }

    @Test
    void showsTownshipStaffOnlyTheCasesOfTheirSubtreeByUnitOrTownship() {
        CaseView fromOwnTownship = township().build();
        CaseView ofAVillageUnit = CaseFixtures.of(NetworkFixtures.VILLAGE, NetworkFixtures.OTHER_TOWNSHIP)
                .build();
        CaseView elsewhere = CaseFixtures.of(NetworkFixtures.DEPARTMENT, NetworkFixtures.OTHER_TOWNSHIP)
                .build();
        cases.given(fromOwnTownship, ofAVillageUnit, elsewhere);

        MvcTestResult list = mvc.get()
                .uri("/api/cases")
                .header(HttpHeaders.AUTHORIZATION, TOWNSHIP_STAFF)
                .exchange();
        MvcTestResult summary = mvc.get()
                .uri("/api/cases/summary")
                .header(HttpHeaders.AUTHORIZATION, TOWNSHIP_STAFF)
                .exchange();

        assertThat(list)
                .bodyJson()
                .extractingPath("$.cases[*].caseId")
                .asArray()
                .containsExactlyInAnyOrder(ids(fromOwnTownship, ofAVillageUnit));
        assertThat(summary).bodyJson().extractingPath("$.open").isEqualTo(2);
    }

    @Test
    void answersACaseOfAnotherTownshipExactlyAsOneThatDoesNotExist() {
        CaseView own = township().build();
        cases.given(own);

        MvcTestResult outOfScope = mvc.get()
                .uri("/api/cases/{id}", own.caseId())
                .header(HttpHeaders.AUTHORIZATION, OTHER_TOWNSHIP_STAFF)
                .exchange();
        MvcTestResult unknown =
                mvc.get().uri("/api/cases/{id}", UUID.randomUUID()).exchange();

        assertThat(outOfScope).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(outOfScope).bodyJson().extractingPath("$.title").isEqualTo("未找到 / Not found");
        assertThat(unknown).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(unknown).bodyJson().extractingPath("$.title").isEqualTo("未找到 / Not found");
    }

    @Test
    void answersOneCaseWithItsHistoryAndItsNoticesTitledByTheRungWhenNoTitlesAreWired() {
        CaseView own = township().colour(WarningColour.ORANGE).build();
        cases.given(own);

        MvcTestResult result = mvc.get()
                .uri("/api/cases/{id}", own.caseId())
                .header(HttpHeaders.AUTHORIZATION, TOWNSHIP_STAFF)
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyJson()
                .extractingPath("$.history[*].step")
                .asArray()
                .containsExactly("OPENED", "NOTICE_ISSUED");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.notices[0].title")
                .isEqualTo("橙色预警：限期整改 / Orange: rectification with a deadline");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.notices[0].pdf")
                .isEqualTo("/api/cases/" + own.caseId() + "/notices/2.pdf");
        then(audit)
                .should()
                .record(
                        any(Actor.class),
                        eq(AuditEntry.of(
                                AuditAction.ITEM_READ, "case", own.caseId().toString(), NetworkFixtures.TOWNSHIP)));
    }

    @Test
    void auditsAListAsOneEntryWithTheNumberOfCasesAnswered() {
        cases.given(township().build(), township().build());

        assertThat(mvc.get().uri("/api/cases").exchange()).hasStatusOk();

        then(audit)
                .should()
                .record(
                        any(Actor.class),
                        eq(AuditEntry.of(AuditAction.ITEM_LIST, "case", null, NetworkFixtures.ROOT)
                                .detail("2")));
    }

    @Test
    void refusesUnknownFiltersAndALimitOutOfRangeNamingEachField() {
        MvcTestResult result = mvc.get()
                .uri("/api/cases?state=SOMETIMES&colour=PURPLE&ladder=stairs&limit=500")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("state", "colour", "ladder", "limit");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[3].message")
                .asString()
                .startsWith("条数须在");
        then(audit).shouldHaveNoInteractions();
    }

    @Test
    void refusesRolesOtherThanStationAndTownshipStaff() {
        MvcTestResult result = mvc.get()
                .uri("/api/cases")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(NetworkFixtures.DEPARTMENT, "DEPARTMENT_OFFICER"))
                .exchange();

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static CaseFixtures.Builder township() {
        return CaseFixtures.of(NetworkFixtures.DEPARTMENT, NetworkFixtures.TOWNSHIP);
    }

    private static String[] ids(CaseView... views) {
        return Arrays.stream(views).map(v -> v.caseId().toString()).toArray(String[]::new);
    }
}
