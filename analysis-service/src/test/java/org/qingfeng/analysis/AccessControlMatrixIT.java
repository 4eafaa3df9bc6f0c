package org.qingfeng.analysis;

import static org.qingfeng.analysis.ComplianceFixtures.september;
import static org.qingfeng.analysis.ItemFixtures.anyItemFrom;
import static org.qingfeng.analysis.NetworkFixtures.anyCountyCode;
import static org.qingfeng.analysis.NetworkFixtures.anyToken;
import static org.qingfeng.analysis.NetworkFixtures.informant;
import static org.qingfeng.analysis.NetworkFixtures.node;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.InformantChanged;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.testsupport.AccessMatrix;
import org.qingfeng.testsupport.AccessMatrix.Caller;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of analysis, asked by every role (and without a token), each held at its own
 * township, at the county, at a monitoring point or at a department, about records of its own
 * township and of the other one. The county is fresh, so the expected figures are exactly those of
 * the records published here: a status must match exactly, and a list or figure must contain the
 * caller's subtree and nothing else, checked against a scope worked out here from the tree.
 */
class AccessControlMatrixIT extends AnalysisIntegrationTest {

    private static final Set<String> ALL_ROLES = Set.of(
            "INFORMANT",
            "TOWNSHIP_STAFF",
            "MONITORING_STAFF",
            "WORK_STATION_STAFF",
            "IDENTITY_CUSTODIAN",
            "DEPARTMENT_OFFICER",
            "NETWORK_ADMIN");

    private final String county = anyCountyCode();
    private final String own = county + "-101";
    private final String ownVillage = own + "-001";
    private final String point = own + "-M01";
    private final String other = county + "-102";
    private final String otherVillage = other + "-001";
    private final String department = county + "-D01";
    private final List<NetworkNodeChanged> nodes = List.of(
            node(county, NodeKind.COUNTY, null),
            node(own, NodeKind.TOWNSHIP, county),
            node(ownVillage, NodeKind.VILLAGE, own),
            node(point, NodeKind.MONITORING_POINT, own),
            node(other, NodeKind.TOWNSHIP, county),
            node(otherVillage, NodeKind.VILLAGE, other),
            node(department, NodeKind.DEPARTMENT, county));
    private final Map<String, @Nullable String> parents =
            nodes.stream().collect(LinkedHashMap::new, (map, n) -> map.put(n.nodeCode(), n.parentCode()), Map::putAll);

    private final ItemSubmitted ownItem = anyItemFrom(ownVillage, own);
    private final ItemSubmitted otherItem = anyItemFrom(otherVillage, other);
    private final InformantChanged ownInformant =
            informant(anyToken(), ownVillage, InformantStatus.ACTIVE, LocalDate.of(2025, 3, 1), 1);
    private final InformantChanged otherInformant =
            informant(anyToken(), otherVillage, InformantStatus.ACTIVE, LocalDate.of(2025, 3, 1), 1);
    private final List<String> reportingUnits = List.of(own, other, point);

    @Test
    void everyEndpointAnswersEveryCallerExactlyAndShowsNothingOutsideTheirSubtree() {
        publishTheCounty();
        MockMvcTester bare = withoutDefaultToken();
        AccessMatrix.check(
                "analysis",
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
        ALL_ROLES.stream().sorted().forEach(role -> callers.add(new Caller(role, own)));
        callers.add(new Caller("WORK_STATION_STAFF", county));
        callers.add(new Caller("TOWNSHIP_STAFF", other));
        callers.add(new Caller("MONITORING_STAFF", point));
        callers.add(new Caller("DEPARTMENT_OFFICER", department));
        return callers;
    }

    private List<Endpoint> endpoints() {
        Set<String> ledger = Set.of("WORK_STATION_STAFF", "TOWNSHIP_STAFF");
        Set<String> staff = Set.of("WORK_STATION_STAFF", "TOWNSHIP_STAFF", "MONITORING_STAFF");
        return List.of(
                new Endpoint(
                        "POST triage own item",
                        () -> triage(ownItem),
                        Set.of("WORK_STATION_STAFF"),
                        ownVillage,
                        202,
                        null),
                new Endpoint(
                        "POST triage other item",
                        () -> triage(otherItem),
                        Set.of("WORK_STATION_STAFF"),
                        otherVillage,
                        202,
                        null),
                new Endpoint(
                        "GET ledger",
                        () -> get("/api/ledgers/2026-11"),
                        ledger,
                        null,
                        200,
                        ledgerOf(List.of(own, other))),
                new Endpoint(
                        "GET ledger of other township",
                        () -> get("/api/ledgers/2026-11?townshipCode=" + other),
                        ledger,
                        other,
                        200,
                        ledgerOf(List.of(other))),
                new Endpoint(
                        "GET assessments",
                        () -> get("/api/assessments/2026"),
                        ledger,
                        null,
                        200,
                        assessmentOf(List.of(ownInformant, otherInformant))),
                new Endpoint(
                        "GET assessments of other township",
                        () -> get("/api/assessments/2026?scope=" + other),
                        ledger,
                        other,
                        200,
                        assessmentOf(List.of(otherInformant))),
                new Endpoint("GET network", () -> get("/api/analysis/network"), staff, null, 200, this::checkNetwork),
                new Endpoint(
                        "GET compliance",
                        () -> get("/api/compliance?from=2026-10-01&to=2026-10-31"),
                        staff,
                        null,
                        200,
                        this::checkCompliance));
    }

    private int expectedStatus(Caller caller, Endpoint endpoint) {
        if (caller.role() == null) {
            return 401;
        }
        if (!endpoint.roles().contains(caller.role())) {
            return 403;
        }
        String target = endpoint.target();
        return target == null || covers(caller, target) ? endpoint.success() : 404;
    }

    /** The rows of exactly the townships of {@code townships} in scope, one item each. */
    private BodyCheck ledgerOf(List<String> townships) {
        return (softly, cell, caller, body) -> {
            List<JsonNode> rows = elements(body.get("rows"));
            List<String> expected =
                    townships.stream().filter(code -> covers(caller, code)).toList();
            softly.assertThat(rows)
                    .as(cell + ": rows")
                    .extracting(row -> row.get("townshipCode").asString())
                    .containsExactlyElementsOf(expected);
            softly.assertThat(body.get("total").asLong()).as(cell + ": total").isEqualTo(expected.size());
        };
    }

    /** Exactly the informants of {@code informants} whose home is in scope. */
    private BodyCheck assessmentOf(List<InformantChanged> informants) {
        return (softly, cell, caller, body) -> {
            Set<String> shown = elements(body.get("informants")).stream()
                    .map(row -> row.get("informantToken").asString())
                    .collect(Collectors.toSet());
            Set<String> expected = informants.stream()
                    .filter(informant -> covers(caller, informant.homeNodeCode()))
                    .map(InformantChanged::informantToken)
                    .collect(Collectors.toSet());
            softly.assertThat(shown).as(cell + ": informants").isEqualTo(expected);
        };
    }

    private void checkNetwork(SoftAssertions softly, String cell, Caller caller, JsonNode body) {
        long nodesInScope =
                nodes.stream().filter(node -> covers(caller, node.nodeCode())).count();
        long informantsInScope = List.of(ownInformant, otherInformant).stream()
                .filter(informant -> covers(caller, informant.homeNodeCode()))
                .count();
        softly.assertThat(body.get("nodes").asLong()).as(cell + ": nodes").isEqualTo(nodesInScope);
        softly.assertThat(body.get("informants").asLong())
                .as(cell + ": informants")
                .isEqualTo(informantsInScope);
        softly.assertThat(body.get("byKind").get("TOWNSHIP").asLong())
                .as(cell + ": townships")
                .isEqualTo(List.of(own, other).stream()
                        .filter(code -> covers(caller, code))
                        .count());
    }

    private void checkCompliance(SoftAssertions softly, String cell, Caller caller, JsonNode body) {
        Set<String> shown = elements(body.get("flags")).stream()
                .map(flag -> flag.get("unitCode").asString())
                .collect(Collectors.toSet());
        Set<String> expected =
                reportingUnits.stream().filter(unit -> covers(caller, unit)).collect(Collectors.toSet());
        softly.assertThat(shown).as(cell + ": units in scope").isEqualTo(expected);
    }

    /** The test's own reckoning of scope: the caller's node is the code or one of its ancestors. */
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
        List.of(ownInformant, otherInformant)
                .forEach(entry -> TestKafka.publish(Topics.INFORMANT_CHANGED.name(), entry.informantToken(), entry));
        List.of(ownItem, otherItem)
                .forEach(item -> TestKafka.publish(
                        Topics.ITEM_SUBMITTED.name(), item.itemId().toString(), item));
        reportingUnits.forEach(unit -> {
            var flag = september(unit, ComplianceState.LATE);
            TestKafka.publish(Topics.REPORTING_COMPLIANCE.name(), flag.key(), flag);
        });
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.INFORMANT_CHANGED.name());
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.ITEM_SUBMITTED.name());
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.REPORTING_COMPLIANCE.name());
        ConsumerGroups.awaitConsumed(TRIAGE_GROUP, Topics.ITEM_SUBMITTED.name());
    }

    private static MockHttpServletRequestBuilder triage(ItemSubmitted item) {
        return MockMvcRequestBuilders.post("/api/triage")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"itemId": "%s", "decision": "ACCEPTED", "classification": {"subjectArea": "work-style", "severity": "MINOR"}}""".formatted(item.itemId()));
    }

    private static MockHttpServletRequestBuilder get(String uri) {
        return MockMvcRequestBuilders.get(uri);
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
     * @param target the node of the record asked about, or null for a list over the caller's scope
     * @param success the status when the caller may and the target is in scope
     */
    private record Endpoint(
            String name,
            Request newRequest,
            Set<String> roles,
            @Nullable String target,
            int success,
            @Nullable BodyCheck body) {}
}
