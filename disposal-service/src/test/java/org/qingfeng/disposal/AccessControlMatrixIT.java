package org.qingfeng.disposal;

import static org.qingfeng.disposal.NetworkFixtures.anyCountyCode;
import static org.qingfeng.disposal.NetworkFixtures.node;

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
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.testsupport.AccessMatrix;
import org.qingfeng.testsupport.AccessMatrix.Caller;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of disposal, asked by every role (and without a token), each held at its own
 * township, at the other township, at the county, at a monitoring point or at one of two
 * departments, about warnings of its own township or department and of others. The county is
 * fresh, so the expected figures are exactly those of the records published here: a status must
 * match exactly, and a list or figure must contain what the caller may see and nothing else,
 * checked against visibility worked out here from the tree.
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
    private static final Set<String> WARNING_READERS =
            Set.of("WORK_STATION_STAFF", "TOWNSHIP_STAFF", "DEPARTMENT_OFFICER");

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

    /** Own township, the department's unit. */
    private final ItemSubmitted ownItem = item(ownVillage, own, department);
    /** The other township, the other department's unit. */
    private final ItemSubmitted otherItem = item(otherVillage, other, otherDepartment);
    /** The other township, but the department's unit: the department sees it, the own township does not. */
    private final ItemSubmitted crossItem = item(otherVillage, other, department);

    private final List<ItemSubmitted> items = List.of(ownItem, otherItem, crossItem);
    private final List<String> reportingUnits = List.of(own, other, point);

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
        return List.of(
                new Endpoint(
                        "GET network",
                        () -> get("/api/disposal/network"),
                        Set.of("WORK_STATION_STAFF", "TOWNSHIP_STAFF", "MONITORING_STAFF"),
                        null,
                        this::checkNetwork),
                new Endpoint(
                        "GET reporting signals",
                        () -> get("/api/reporting-signals?limit=200"),
                        STAFF,
                        null,
                        this::checkSignals));
    }

    private int expectedStatus(Caller caller, Endpoint endpoint) {
        if (caller.role() == null) {
            return 401;
        }
        if (!endpoint.roles().contains(caller.role())) {
            return 403;
        }
        ItemSubmitted target = endpoint.target();
        return target == null || sees(caller, target) ? 200 : 404;
    }

    /** Exactly the warnings of {@code candidates} the caller may see. */
    private BodyCheck warningsOf(List<ItemSubmitted> candidates) {
        return (softly, cell, caller, body) -> {
            Set<String> shown = elements(body.get("warnings")).stream()
                    .map(warning -> warning.get("warningId").asString())
                    .collect(Collectors.toSet());
            Set<String> expected = candidates.stream()
                    .filter(item -> sees(caller, item))
                    .map(item -> warningOf(item).toString())
                    .collect(Collectors.toSet());
            softly.assertThat(shown).as(cell + ": warnings").isEqualTo(expected);
        };
    }

    private void checkSummary(SoftAssertions softly, String cell, Caller caller, JsonNode body) {
        long visible = items.stream().filter(item -> sees(caller, item)).count();
        softly.assertThat(body.get("byColour").get("BLUE").asLong())
                .as(cell + ": BLUE")
                .isEqualTo(visible);
        for (String colour : List.of("YELLOW", "ORANGE", "RED")) {
            softly.assertThat(body.get("byColour").get(colour).asLong())
                    .as(cell + ": " + colour)
                    .isZero();
        }
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

    /**
     * The test's own reckoning of who sees a warning: staff when its unit or its township lies in
     * their subtree, a department's officer when its unit does.
     */
    private boolean sees(Caller caller, ItemSubmitted item) {
        boolean unit = covers(caller, item.item().unitCode());
        if (STAFF.contains(caller.role())) {
            return unit || covers(caller, item.item().townshipCode());
        }
        return "DEPARTMENT_OFFICER".equals(caller.role()) && unit;
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
        items.forEach(item ->
                TestKafka.publish(Topics.ITEM_SUBMITTED.name(), item.itemId().toString(), item));
        reportingUnits.forEach(unit -> {
            ReportingComplianceChanged late =
                    ComplianceFixtures.monthly(unit, "2026-09", LocalDate.of(2026, 10, 8), ComplianceState.LATE);
            TestKafka.publish(Topics.REPORTING_COMPLIANCE.name(), late.key(), late);
        });
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.ITEM_SUBMITTED.name());
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.REPORTING_COMPLIANCE.name());
    }

    /** A routine item, which the placeholder policy answers with a blue warning. */
    private static ItemSubmitted item(String region, String township, String unit) {
        UUID itemId = UUID.randomUUID();
        return new ItemSubmitted(
                EventIds.derive("item-submitted", itemId),
                Instant.parse("2026-11-12T02:00:00Z"),
                itemId,
                SubmitterKind.ANONYMOUS,
                new ItemDetails(
                        region,
                        township,
                        unit,
                        "work-style",
                        RiskCategory.BUSINESS_PROCESS,
                        Urgency.ROUTINE,
                        Channel.CONTACT_CARD,
                        "审批窗口对部分申请人拖延办理。",
                        null),
                null);
    }

    private static UUID warningOf(ItemSubmitted item) {
        return EventIds.derive("warning", item.itemId());
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
     * @param target the item whose warning is asked for by id, or null for a list over what the
     *     caller may see
     */
    private record Endpoint(
            String name,
            Request newRequest,
            Set<String> roles,
            @Nullable ItemSubmitted target,
            @Nullable BodyCheck body) {}
}
