package org.qingfeng.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.audit.AuditFixtures;
import org.qingfeng.audit.AuditIntegrationTest;
import org.qingfeng.audit.chain.rules.ChainLink;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The trail for network administrators, each held to their subtree; the verification for the root only. */
class AuditApiIT extends AuditIntegrationTest {

    @Autowired
    ChainStore store;

    private String county;
    private String township;
    private String otherTownship;
    private long before;
    private AuditRecorded ownRecord;
    private AuditRecorded otherRecord;
    private AuditRecorded countyWideRecord;

    @BeforeEach
    void aCountyWithTwoTownshipsAndARecordAtEach() {
        county = "33-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        township = county + "-101";
        otherTownship = county + "-102";
        List.of(
                        node(county, NodeKind.COUNTY, null),
                        node(township, NodeKind.TOWNSHIP, county),
                        node(otherTownship, NodeKind.TOWNSHIP, county))
                .forEach(n -> TestKafka.publish(Topics.NETWORK_CHANGED.name(), n.nodeCode(), n));
        ConsumerGroups.awaitConsumed(NETWORK_GROUP, Topics.NETWORK_CHANGED.name());

        before = store.head().map(ChainLink::seq).orElse(0L);
        ownRecord = AuditFixtures.anyRecorded(township);
        otherRecord = AuditFixtures.anyRecorded(otherTownship);
        countyWideRecord = AuditFixtures.anyRecorded(null);
        List.of(ownRecord, otherRecord, countyWideRecord)
                .forEach(e -> TestKafka.publish(Topics.AUDIT_RECORDED.name(), e.service(), e));
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.AUDIT_RECORDED.name());
    }

    @Test
    void aTownshipAdministratorSeesOnlyTheRecordsOfTheTownship() {
        JsonNode page =
                getJson("/api/audit?after=" + before + "&limit=500", TestTokens.bearer(township, "NETWORK_ADMIN"));

        assertThat(eventTargets(page)).containsExactly(ownRecord.targetId());
        assertThat(page.get("head").isNull()).isTrue();
        assertThat(page.get("records").get(0).get("hash").asString()).hasSize(64);
    }

    @Test
    void theRootAdministratorSeesTheCountyAndTheRecordsWithoutANode() {
        JsonNode page =
                getJson("/api/audit?after=" + before + "&limit=500", TestTokens.bearer(county, "NETWORK_ADMIN"));

        assertThat(eventTargets(page))
                .contains(ownRecord.targetId(), otherRecord.targetId(), countyWideRecord.targetId());
        assertThat(page.get("head").get("seq").asLong()).isGreaterThanOrEqualTo(before + 3);
    }

    @Test
    void pagesGoOnFromWhereTheLastStopped() {
        String root = TestTokens.bearer(county, "NETWORK_ADMIN");
        JsonNode first = getJson("/api/audit?after=" + before + "&limit=1", root);
        JsonNode second = getJson("/api/audit?after=" + first.get("next").asLong() + "&limit=1", root);

        assertThat(eventTargets(first)).containsExactly(ownRecord.targetId());
        assertThat(eventTargets(second)).containsExactly(otherRecord.targetId());
    }

    @Test
    void onlyTheRootAdministratorVerifies() {
        JsonNode report = getJson("/api/audit/verify", TestTokens.bearer(county, "NETWORK_ADMIN"));
        assertThat(report.get("intact").asBoolean()).isTrue();
        assertThat(report.get("records").asLong()).isGreaterThanOrEqualTo(3);

        assertThat(mvc.get()
                        .uri("/api/audit/verify")
                        .header("Authorization", TestTokens.bearer(township, "NETWORK_ADMIN")))
                .hasStatus(403);
    }

    @Test
    void refusesCallersWithoutATokenOrTheRole() {
        assertThat(mvc.get().uri("/api/audit")).hasStatus(401);
        assertThat(mvc.get().uri("/api/audit").header("Authorization", TestTokens.bearer(county, "TOWNSHIP_STAFF")))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/api/audit")
                        .header(
                                "Authorization",
                                "Bearer "
                                        + TestTokens.token()
                                                .node(county)
                                                .roles("NETWORK_ADMIN")
                                                .signedByAnotherKey()
                                                .sign()))
                .hasStatus(401);
    }

    @Test
    void refusesALimitAboveFiveHundredNamingTheField() throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/api/audit?limit=501")
                .header("Authorization", TestTokens.bearer(county, "NETWORK_ADMIN"))
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("limit")
                .contains("条数须在 1 到 500 之间");
    }

    private JsonNode getJson(String uri, String bearer) {
        MvcTestResult result =
                mvc.get().uri(uri).header("Authorization", bearer).exchange();
        assertThat(result).hasStatusOk();
        return EventJson.mapper().readTree(result.getResponse().getContentAsByteArray());
    }

    private static List<String> eventTargets(JsonNode page) {
        return page.get("records")
                .valueStream()
                .map(r -> r.get("targetId").asString())
                .toList();
    }

    private static NetworkNodeChanged node(String code, NodeKind kind, @Nullable String parent) {
        return new NetworkNodeChanged(
                UUID.randomUUID(),
                Instant.now(),
                code,
                kind,
                kind + " " + code,
                parent,
                null,
                true,
                null,
                List.of(),
                null);
    }
}
