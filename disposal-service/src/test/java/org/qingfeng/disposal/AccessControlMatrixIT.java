package org.qingfeng.disposal;

import static org.awaitility.Awaitility.await;
import static org.qingfeng.disposal.NetworkFixtures.anyCountyCode;
import static org.qingfeng.disposal.NetworkFixtures.node;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.testsupport.AccessMatrix;
import org.qingfeng.testsupport.AccessMatrix.Caller;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of disposal, asked by every role (and without a token), each held at its own
 * township, at the other township, at the county, at a monitoring point or at one of two
 * departments, about cases of its own township or department and of others. The county is fresh,
 * so the expected figures are exactly those of the records published here: a status must match
 * exactly, and a list or figure must contain what the caller may see and nothing else, checked
 * against visibility worked out here from the tree.
 *
 * <p>The cases are published as their opening steps on {@code disposal.case-steps.v1}. Where the
 * service has no {@code cases} projection (the station's branch before the cases feature joins it)
 * the case endpoints answer {@code 503} to every caller the roles let through; with it, they answer
 * exactly what the caller may see. Steps are asked with a sequence no case has reached, so a caller
 * who sees the case gets {@code 409} and nothing changes, whatever order the cells run in.
 */
class AccessControlMatrixIT extends DisposalIntegrationTest {

    private static final List<String> ALL_ROLES = List.of(
            "DEPARTMENT_OFFICER",
            "IDENTITY_CUSTODIAN",
            "INFORMANT",
            "MONITORING_STAFF",
            "NETWORK_ADMIN",
            "TOWNSHIP_STAFF",
            "WORK_STATION_STAFF");
    private static final Set<String> STAFF = Set.of("WORK_STATION_STAFF", "TOWNSHIP_STAFF");
    private static final Set<String> STATION = Set.of("WORK_STATION_STAFF");
    /** A sequence no case here reaches: a step asked with it is stale for whoever may take it. */
    private static final long STALE = 999;

    private final String county = anyCountyCode();
    private final String own = county + "-101";
    private final String ownVillage = own + "-001";
    private final String point = own + "-M01";
    private final String other = county + "-102";
    private final String otherVillage = other + "-001";
    private final String department = county + "-D01";
    private final String otherDepartment = county + "-D02";
    private final List<NetworkNodeChanged> nodes = List.of(
            node(county, NodeKind.COUNTY, null, true),
            node(own, NodeKind.TOWNSHIP, county, true),
            node(ownVillage, NodeKind.VILLAGE, own, true),
            node(point, NodeKind.MONITORING_POINT, own, true),
            node(other, NodeKind.TOWNSHIP, county, true),
            node(otherVillage, NodeKind.VILLAGE, other, true),
            node(department, NodeKind.DEPARTMENT, county, true),
            node(otherDepartment, NodeKind.DEPARTMENT, county, true));
    private final Map<String, @Nullable String> parents =
            nodes.stream().collect(LinkedHashMap::new, (map, n) -> map.put(n.nodeCode(), n.parentCode()), Map::putAll);

    /** The department's case, from the own township. */
    private final CaseStepped ownCase = opened(own, department);
    /** The other department's case, from the other township. */
    private final CaseStepped otherCase = opened(other, otherDepartment);
    /** The department's case, but from the other township: the own township's staff do not see it. */
    private final CaseStepped crossCase = opened(other, department);

    private final List<CaseStepped> cases = List.of(ownCase, otherCase, crossCase);
    private final List<String> reportingUnits = List.of(own, other, point);

    @Autowired
    private ObjectProvider<Cases> projectedCases;

    private boolean casesWired;

    @Test
    void everyEndpointAnswersEveryCallerExactlyAndShowsNothingTheyMayNotSee() {
        publishTheCounty();
        MockMvcTester bare = withoutDefaultToken();
        AccessMatrix.check(
                "disposal",
                callers(),
                endpoints(),
                Endpoint::name,
                (caller, endpoint) -> {
                    MockHttpServletRequestBuilder request =
                            endpoint.newRequest().build();
                    String authorization = caller.authorization();
                    if (authorization != null) {
                        request.header(HttpHeaders.AUTHORIZATION, authorization);
                    }
                    MockHttpServletResponse response =
                            bare.perform(request).getMvcResult().getResponse();
                    return new AccessMatrix.Answer(
                            response.getStatus(), response.getContentType(), response.getContentAsByteArray());
                },
                this::expectedStatus,
                (softly, cell, caller, endpoint, body) -> {
                    if (endpoint.body() != null) {
                        endpoint.body().check(softly, cell, caller, body);
                    }
                });
    }

    /** Anonymous, every role at the own township, and the roles at their natural nodes. */
    private List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller(null, null));
        ALL_ROLES.forEach(role -> callers.add(new Caller(role, own)));
        callers.add(new Caller("WORK_STATION_STAFF", county));
        callers.add(new Caller("TOWNSHIP_STAFF", other));
        callers.add(new Caller("MONITORING_STAFF", point));
        callers.add(new Caller("DEPARTMENT_OFFICER", department));
        callers.add(new Caller("DEPARTMENT_OFFICER", otherDepartment));
        return callers;
    }

    private List<Endpoint> endpoints() {
        String reason = "{\"sequence\": %d, \"reason\": \"拒不整改，移送立案审查\"}".formatted(STALE);
        return List.of(
                Endpoint.read("GET cases", () -> get("/api/cases?state=ALL&limit=200"), null, this::checkCases),
                Endpoint.read("GET cases summary", () -> get("/api/cases/summary"), null, this::checkSummary),
                Endpoint.read("GET own case", () -> get("/api/cases/" + ownCase.caseId()), ownCase, idOf(ownCase)),
                Endpoint.read(
                        "GET other case", () -> get("/api/cases/" + otherCase.caseId()), otherCase, idOf(otherCase)),
                new Endpoint(
                        "POST case without its finding",
                        () -> post("/api/cases", "{\"ladder\": \"cards\"}"),
                        STATION,
                        null,
                        400,
                        false,
                        null),
                Endpoint.step(
                        "POST talk on own case",
                        () -> post(
                                "/api/cases/" + ownCase.caseId() + "/talks",
                                "{\"sequence\": %d, \"talkKind\": \"WARNING_TALK\", \"scheduledFor\": \"2026-11-25T01:30:00Z\"}"
                                        .formatted(STALE)),
                        ownCase),
                Endpoint.step(
                        "POST talk record on cross case",
                        () -> post(
                                "/api/cases/" + crossCase.caseId() + "/talk-records",
                                "{\"sequence\": %d, \"text\": \"谈话已进行。\"}".formatted(STALE)),
                        crossCase),
                Endpoint.step(
                        "POST verification of other case",
                        () -> post(
                                "/api/cases/" + otherCase.caseId() + "/verification",
                                "{\"sequence\": %d, \"accepted\": true, \"reason\": \"整改措施已落实到位\"}".formatted(STALE)),
                        otherCase),
                Endpoint.step(
                        "POST referral of own case",
                        () -> post("/api/cases/" + ownCase.caseId() + "/referral", reason),
                        ownCase),
                new Endpoint(
                        "GET network",
                        () -> get("/api/disposal/network"),
                        Set.of("WORK_STATION_STAFF", "TOWNSHIP_STAFF", "MONITORING_STAFF"),
                        null,
                        null,
                        false,
                        this::checkNetwork),
                new Endpoint(
                        "GET reporting signals",
                        () -> get("/api/reporting-signals?limit=200"),
                        STAFF,
                        null,
                        null,
                        false,
                        this::checkSignals));
    }

    private int expectedStatus(Caller caller, Endpoint endpoint) {
        if (caller.role() == null) {
            return 401;
        }
        if (!endpoint.roles().contains(caller.role())) {
            return 403;
        }
        if (endpoint.fixedStatus() != null) {
            return endpoint.fixedStatus();
        }
        if (!endpoint.onCases()) {
            return 200;
        }
        if (!casesWired) {
            return 503;
        }
        CaseStepped target = endpoint.target();
        if (target == null) {
            return 200;
        }
        if (!sees(caller, target)) {
            return 404;
        }
        return endpoint.roles().equals(STATION) ? 409 : 200;
    }

    private void checkCases(SoftAssertions softly, String cell, Caller caller, JsonNode body) {
        Set<String> shown = elements(body.get("cases")).stream()
                .map(c -> c.get("caseId").asString())
                .collect(Collectors.toSet());
        softly.assertThat(shown).as(cell + ": cases").isEqualTo(visibleIds(caller));
        softly.assertThat(body.get("counts").get("open").asLong())
                .as(cell + ": open")
                .isEqualTo(visibleIds(caller).size());
    }

    private void checkSummary(SoftAssertions softly, String cell, Caller caller, JsonNode body) {
        long visible = visibleIds(caller).size();
        softly.assertThat(body.get("open").asLong()).as(cell + ": open").isEqualTo(visible);
        softly.assertThat(body.get("byColour").get("BLUE").asLong())
                .as(cell + ": BLUE")
                .isEqualTo(visible);
        for (String colour : List.of("YELLOW", "ORANGE", "RED")) {
            softly.assertThat(body.get("byColour").get(colour).asLong())
                    .as(cell + ": " + colour)
                    .isZero();
        }
    }

    private static BodyCheck idOf(CaseStepped target) {
        return (softly, cell, caller, body) -> softly.assertThat(
                        body.get("caseId").asString())
                .as(cell)
                .isEqualTo(target.caseId().toString());
    }

    private void checkNetwork(SoftAssertions softly, String cell, Caller caller, JsonNode body) {
        long inScope =
                nodes.stream().filter(node -> covers(caller, node.nodeCode())).count();
        softly.assertThat(body.get("nodes").asLong()).as(cell + ": nodes").isEqualTo(inScope);
    }

    private void checkSignals(SoftAssertions softly, String cell, Caller caller, JsonNode body) {
        Set<String> shown = elements(body.get("signals")).stream()
                .map(signal -> signal.get("unitCode").asString())
                .collect(Collectors.toSet());
        Set<String> expected =
                reportingUnits.stream().filter(unit -> covers(caller, unit)).collect(Collectors.toSet());
        softly.assertThat(shown).as(cell + ": units").isEqualTo(expected);
    }

    private Set<String> visibleIds(Caller caller) {
        return cases.stream()
                .filter(c -> sees(caller, c))
                .map(c -> c.caseId().toString())
                .collect(Collectors.toSet());
    }

    /**
     * The test's own reckoning of who sees a case at the station's desk: staff when its unit or its
     * township lies in their subtree.
     */
    private boolean sees(Caller caller, CaseStepped c) {
        return STAFF.contains(caller.role()) && (covers(caller, c.unitCode()) || covers(caller, c.townshipCode()));
    }

    /** The caller's node is the code or one of its ancestors. */
    private boolean covers(Caller caller, String code) {
        String current = code;
        while (current != null) {
            if (current.equals(caller.node())) {
                return true;
            }
            current = parents.get(current);
        }
        return false;
    }

    private void publishTheCounty() {
        project(nodes);
        cases.forEach(
                c -> TestKafka.publish(Topics.CASE_STEPS.name(), c.caseId().toString(), c));
        reportingUnits.forEach(unit -> {
            ReportingComplianceChanged late =
                    ComplianceFixtures.monthly(unit, "2026-09", LocalDate.of(2026, 10, 8), ComplianceState.LATE);
            TestKafka.publish(Topics.REPORTING_COMPLIANCE.name(), late.key(), late);
        });
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.REPORTING_COMPLIANCE.name());
        Cases projected = projectedCases.getIfAvailable();
        casesWired = projected != null;
        if (projected != null) {
            await().atMost(Duration.ofSeconds(30)).until(() -> cases.stream()
                    .allMatch(c -> projected.find(c.caseId()).isPresent()));
        }
    }

    /** A case opened from a finding on the four-colour ladder's blue rung, due in a week. */
    private CaseStepped opened(String township, String unit) {
        UUID caseId = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-12T02:00:00Z");
        return new CaseStepped(
                EventIds.derive("case-stepped", caseId + "#1"),
                at,
                caseId,
                1,
                CaseStepped.Step.OPENED,
                CaseStepped.Origin.FINDING,
                UUID.randomUUID(),
                List.of(UUID.randomUUID()),
                unit,
                township,
                unit,
                county,
                null,
                "four-colour",
                1,
                0,
                "BLUE",
                WarningColour.BLUE,
                CaseStepped.State.OPEN,
                at.plus(Duration.ofDays(7)),
                null,
                Severity.MINOR,
                "first-colour-1",
                "一般问题，蓝色预警 / minor: blue",
                "disposal-service",
                null,
                null,
                List.of(),
                null,
                null,
                null);
    }

    private static MockHttpServletRequestBuilder get(String uri) {
        return MockMvcRequestBuilders.get(uri);
    }

    private static MockHttpServletRequestBuilder post(String uri, String json) {
        return MockMvcRequestBuilders.post(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private interface Request {
        MockHttpServletRequestBuilder build();
    }

    private interface BodyCheck {
        void check(SoftAssertions softly, String cell, Caller caller, JsonNode body);
    }

    /**
     * @param target the case asked for by id, or null for a list or figures over what the caller may see
     * @param fixedStatus what every caller the roles let through gets, whatever the cases (a refused body)
     * @param onCases whether the answer needs the cases projection
     * @param body the check of a {@code 200}'s body
     */
    private record Endpoint(
            String name,
            Request newRequest,
            Set<String> roles,
            @Nullable CaseStepped target,
            @Nullable Integer fixedStatus,
            boolean onCases,
            @Nullable BodyCheck body) {

        /** A station read of the cases (staff of the station and of townships). */
        static Endpoint read(String name, Request request, @Nullable CaseStepped target, BodyCheck body) {
            return new Endpoint(name, request, STAFF, target, null, true, body);
        }

        /** A station step on a case, asked with a stale sequence. */
        static Endpoint step(String name, Request request, CaseStepped target) {
            return new Endpoint(name, request, STATION, target, null, true, null);
        }
    }
}
