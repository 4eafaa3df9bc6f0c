package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Tokens the service must refuse, a township's token on another township's records, the identity
 * reveal and the audit records that reads and reveals leave on {@code audit.audit-recorded.v1}.
 */
class SecurityIT extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String REASON = "核查署名举报材料的来源，经委领导批准";

    private String itemId;

    @BeforeEach
    void placeAnItemInTheTownship() {
        loadTheInformantNetwork();
        itemId = http.post()
                .uri("/api/items")
                .contentType(MediaType.APPLICATION_JSON)
                .body(SubmissionFixtures.anySubmissionDraft())
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("itemId")
                .asString();
        await().atMost(PATIENCE).untilAsserted(() -> http.get()
                .uri("/api/items/" + itemId)
                .exchange()
                .expectStatus()
                .isOk());
    }

    @Test
    void refusesExpiredForgedUnsignedAndForeignTokensWith401Problems() {
        String township = NetworkFixtures.TOWNSHIP;
        Map<String, String> refused = Map.of(
                "expired",
                TestTokens.token()
                        .node(township)
                        .roles("TOWNSHIP_STAFF")
                        .expiresAt(Instant.now().minus(Duration.ofMinutes(5)))
                        .sign(),
                "forged signature",
                TestTokens.token()
                        .node(township)
                        .roles("TOWNSHIP_STAFF")
                        .signedByAnotherKey()
                        .sign(),
                "alg none",
                TestTokens.token().node(township).roles("TOWNSHIP_STAFF").unsigned(),
                "wrong audience",
                TestTokens.token()
                        .node(township)
                        .roles("TOWNSHIP_STAFF")
                        .audience("another-system")
                        .sign(),
                "wrong issuer",
                TestTokens.token()
                        .node(township)
                        .roles("TOWNSHIP_STAFF")
                        .issuer("http://127.0.0.1/another-issuer")
                        .sign());

        refused.forEach((kind, token) -> {
            as("Bearer " + token)
                    .get()
                    .uri("/api/items/" + itemId)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo(401);
        });
        anonymous()
                .get()
                .uri("/api/items")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @Test
    void aTownshipsTokenOnAnotherTownshipsItemAndInformantIsAnsweredAsNotFound() {
        String informantToken = appointed(InformantFixtures.anyVillageInformant());
        var otherTownship = as(TestTokens.bearer(InformantFixtures.OTHER_TOWNSHIP, "TOWNSHIP_STAFF"));

        otherTownship
                .get()
                .uri("/api/items/" + itemId)
                .exchange()
                .expectStatus()
                .isNotFound();
        otherTownship
                .post()
                .uri("/api/informants/record")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("informantToken", informantToken))
                .exchange()
                .expectStatus()
                .isNotFound();
        as(TestTokens.bearer(NetworkFixtures.TOWNSHIP, "TOWNSHIP_STAFF"))
                .get()
                .uri("/api/items/" + itemId)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void readingAnItemIsAuditedWithItsIdAndTheReaderButNeverItsDescription() {
        String subject = "u-reader-" + itemId;
        as("Bearer "
                        + TestTokens.token()
                                .subject(subject)
                                .node(NetworkFixtures.TOWNSHIP)
                                .roles("TOWNSHIP_STAFF")
                                .sign())
                .get()
                .uri("/api/items/" + itemId)
                .exchange()
                .expectStatus()
                .isOk();

        AuditRecorded read = awaitAudit(r -> subject.equals(r.actor()) && r.action() == AuditAction.ITEM_READ);
        assertThat(read.targetType()).isEqualTo("item");
        assertThat(read.targetId()).isEqualTo(itemId);
        assertThat(read.scopeNode()).isEqualTo(NetworkFixtures.VILLAGE);
        assertThat(read.actorRoles()).containsExactly("TOWNSHIP_STAFF");
        assertThat(read.actorNode()).isEqualTo(NetworkFixtures.TOWNSHIP);
        assertThat(read.outcome()).isEqualTo("GRANTED");
        assertThat(String.valueOf(read)).doesNotContain(SubmissionFixtures.DESCRIPTION);
    }

    @Test
    void theCustodianReadsAnIdentityForAReasonAndTheAuditHasTheReasonButNoIdentity() {
        var draft = InformantFixtures.anyVillageInformant();
        String informantToken = appointed(draft);
        String subject = "u-custodian-" + informantToken;
        var custodian = as("Bearer "
                + TestTokens.token()
                        .subject(subject)
                        .node(NetworkFixtures.COUNTY)
                        .roles("IDENTITY_CUSTODIAN")
                        .sign());

        custodian
                .post()
                .uri("/api/informants/identity")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("informantToken", informantToken, "reason", REASON))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store"))
                .expectBody()
                .jsonPath("$.informantToken")
                .isEqualTo(informantToken)
                .jsonPath("$.name")
                .isEqualTo(draft.name())
                .jsonPath("$.phone")
                .isEqualTo(draft.phone());

        AuditRecorded revealed =
                awaitAudit(r -> subject.equals(r.actor()) && r.action() == AuditAction.IDENTITY_REVEALED);
        assertThat(revealed.reason()).isEqualTo(REASON);
        assertThat(revealed.targetId()).isEqualTo(informantToken);
        assertThat(revealed.scopeNode()).isEqualTo(NetworkFixtures.VILLAGE);
        String raw = TestKafka.readAll(Topics.AUDIT_RECORDED.name()).stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .filter(json -> json.contains(subject))
                .reduce("", String::concat);
        assertThat(raw).contains(REASON).doesNotContain(draft.name(), draft.phone(), draft.number());
    }

    @Test
    void aRevealWithoutAReasonIs400AndWorkStationStaffMayNotRevealAtAll() {
        String informantToken = appointed(InformantFixtures.anyVillageInformant());

        as(TestTokens.bearer(NetworkFixtures.COUNTY, "IDENTITY_CUSTODIAN"))
                .post()
                .uri("/api/informants/identity")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("informantToken", informantToken, "reason", "查看"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .isEqualTo(List.of("reason"))
                .jsonPath("$.name")
                .doesNotExist();
        http.post()
                .uri("/api/informants/identity")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("informantToken", informantToken, "reason", REASON))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.name")
                .doesNotExist();
    }

    @Test
    void aDecisionIsRecordedAsDecidedByTheCallerWhateverTheBodySays() {
        String informantToken = appointed(InformantFixtures.anyVillageInformant());
        String subject = "u-decider-" + informantToken;

        as("Bearer "
                        + TestTokens.token()
                                .subject(subject)
                                .node(NetworkFixtures.COUNTY)
                                .roles("WORK_STATION_STAFF")
                                .sign())
                .post()
                .uri("/api/informants/decisions")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "informantToken", informantToken,
                        "year", 2025,
                        "verdict", "KEEP",
                        "decidedBy", "someone-else",
                        "method", "assessment-1"))
                .exchange()
                .expectStatus()
                .isAccepted();

        http.post()
                .uri("/api/informants/record")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("informantToken", informantToken))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.decisions[0].decidedBy")
                .isEqualTo(subject);
        assertThat(awaitAudit(r -> subject.equals(r.actor()) && r.action() == AuditAction.INFORMANT_CHANGED)
                        .targetId())
                .isEqualTo(informantToken);
    }

    private String appointed(Object draft) {
        return as(TestTokens.bearer(NetworkFixtures.TOWNSHIP, "TOWNSHIP_STAFF"))
                .post()
                .uri("/api/informants")
                .contentType(MediaType.APPLICATION_JSON)
                .body(draft)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("informantToken")
                .asString();
    }

    private static AuditRecorded awaitAudit(Predicate<AuditRecorded> wanted) {
        return await().atMost(PATIENCE)
                .until(
                        () -> TestKafka.readAll(Topics.AUDIT_RECORDED.name()).stream()
                                .map(r -> TestKafka.value(r, AuditRecorded.class))
                                .filter(wanted)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }
}
