package org.qingfeng.disposal.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.disposal.finding.FindingFixtures.anyFinding;
import static org.qingfeng.disposal.finding.FindingFixtures.republished;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventDeserializer;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.disposal.DisposalIntegrationTest;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Findings projected from analysis's topic and listed to work-station staff and department officers. */
class FindingIT extends DisposalIntegrationTest {

    private static final String FINDINGS = Topics.FINDINGS.name();
    private static final String GROUP = "disposal-service-findings";

    @Test
    void listsToEachCallerTheFindingsOfItsScopeAndDestination() {
        String county = NetworkFixtures.anyCountyCode();
        String township = county + "-101";
        String other = county + "-102";
        String department = county + "-D01";
        String otherDepartment = county + "-D02";
        project(List.of(
                NetworkFixtures.node(county, NodeKind.COUNTY, null, true),
                NetworkFixtures.node(township, NodeKind.TOWNSHIP, county, true),
                NetworkFixtures.node(township + "-001", NodeKind.VILLAGE, township, true),
                NetworkFixtures.node(other, NodeKind.TOWNSHIP, county, true),
                NetworkFixtures.node(other + "-001", NodeKind.VILLAGE, other, true),
                NetworkFixtures.node(department, NodeKind.DEPARTMENT, county, true),
                NetworkFixtures.node(otherDepartment, NodeKind.DEPARTMENT, county, true)));
        FindingPublished disposal = anyFinding(Destination.DISPOSAL, township, township + "-001", null);
        FindingPublished exchange = anyFinding(Destination.EXCHANGE, other, other + "-001", department);
        FindingPublished onDepartment = anyFinding(Destination.DISPOSAL, county, otherDepartment, null);
        publish(disposal, exchange, onDepartment);

        String staff = staffAt(county);
        assertThat(ids(getJsonAs(staff, "/api/disposal/findings")))
                .containsExactlyInAnyOrder(disposal.findingId(), exchange.findingId(), onDepartment.findingId());
        assertThat(ids(getJsonAs(staff, "/api/disposal/findings?destination=EXCHANGE")))
                .containsExactly(exchange.findingId());
        assertThat(ids(getJsonAs(staff, "/api/disposal/findings?destination=DISPOSAL")))
                .containsExactlyInAnyOrder(disposal.findingId(), onDepartment.findingId());
        assertThat(ids(getJsonAs(staffAt(NetworkFixtures.ROOT), "/api/disposal/findings")))
                .doesNotContain(disposal.findingId(), exchange.findingId(), onDepartment.findingId());
        assertThat(ids(getJsonAs(TestTokens.bearer(department, "DEPARTMENT_OFFICER"), "/api/disposal/findings")))
                .containsExactly(exchange.findingId());
        assertThat(ids(getJsonAs(TestTokens.bearer(otherDepartment, "DEPARTMENT_OFFICER"), "/api/disposal/findings")))
                .containsExactly(onDepartment.findingId());
        assertThat(mvc.get()
                        .uri("/api/disposal/findings")
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(township, "TOWNSHIP_STAFF")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/disposal/findings?destination=ELSEWHERE"))
                .hasStatus(HttpStatus.BAD_REQUEST);

        JsonNode shown = getJsonAs(staff, "/api/disposal/findings?destination=EXCHANGE")
                .get("findings")
                .get(0);
        assertThat(shown.get("competentDepartmentCode").asString()).isEqualTo(department);
        assertThat(shown.get("severity").asString()).isEqualTo("SERIOUS");
        assertThat(shown.get("history").get(0).get("count").asLong()).isEqualTo(3);
        assertThat(shown.get("publishedAt").asString()).isEqualTo("2026-11-06T02:30:00Z");
    }

    @Test
    void keepsTheLatestPublicationOfAFindingWhateverArrivesAfterIt() {
        FindingPublished first =
                anyFinding(Destination.DISPOSAL, NetworkFixtures.TOWNSHIP, NetworkFixtures.VILLAGE, null);
        FindingPublished graver = republished(first, Severity.GRAVE, 60);
        publish(first, graver, first, graver);

        List<JsonNode> mine = getJsonAs(staffAt(NetworkFixtures.ROOT), "/api/disposal/findings")
                .get("findings")
                .valueStream()
                .filter(finding -> finding.get("findingId")
                        .asString()
                        .equals(first.findingId().toString()))
                .toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("severity").asString()).isEqualTo("GRAVE");
    }

    @Test
    void auditsAListWithItsCount() {
        String subject = "u-" + UUID.randomUUID();
        String token = "Bearer "
                + TestTokens.token()
                        .subject(subject)
                        .node(NetworkFixtures.ROOT)
                        .roles("WORK_STATION_STAFF")
                        .sign();

        int count = getJsonAs(token, "/api/disposal/findings").get("findings").size();

        List<byte[]> raw = TestKafka.valuesOf(Topics.AUDIT_RECORDED.name(), "disposal-service").stream()
                .filter(value -> new String(value, StandardCharsets.UTF_8).contains(subject))
                .toList();
        assertThat(raw).hasSize(1);
        try (EventDeserializer deserializer = new EventDeserializer()) {
            AuditRecorded recorded = (AuditRecorded) deserializer.deserialize(Topics.AUDIT_RECORDED.name(), raw.get(0));
            assertThat(recorded.action()).isEqualTo(AuditAction.ITEM_LIST);
            assertThat(recorded.targetType()).isEqualTo("finding");
            assertThat(recorded.detail()).isEqualTo(String.valueOf(count));
        }
    }

    private static void publish(FindingPublished... findings) {
        for (FindingPublished finding : findings) {
            TestKafka.publish(FINDINGS, finding.findingId().toString(), finding);
        }
        ConsumerGroups.awaitConsumed(GROUP, FINDINGS);
    }

    private static List<UUID> ids(JsonNode body) {
        return body.get("findings")
                .valueStream()
                .map(finding -> UUID.fromString(finding.get("findingId").asString()))
                .toList();
    }
}
