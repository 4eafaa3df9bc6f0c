package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.InformantChanged;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.intake.informant.rules.AppointmentDraft;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

class InformantIT extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MongoDatabase database;

    @BeforeEach
    void loadTheNetwork() {
        loadTheInformantNetwork();
    }

    @Test
    void anInformantIsAppointedListedTrainedContactedAndOnceDismissedRefusedOnSubmission() {
        String token = appoint(InformantFixtures.anyVillageInformant());
        assertThat(token).matches("inf-[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(listed(NetworkFixtures.TOWNSHIP, token).get("rotationDue").asBoolean())
                .isTrue();
        assertThat(listed(InformantFixtures.OTHER_TOWNSHIP, token)).isNull();

        change("status", Map.of("informantToken", token, "status", "SUSPENDED", "reason", "接受问询期间暂停"));
        submitAs(token)
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).startsWith("该信息员已被暂停"));
        change("status", Map.of("informantToken", token, "status", "ACTIVE", "reason", "问询结束，恢复"));
        change(
                "training",
                Map.of(
                        "informantToken",
                        token,
                        "on",
                        TODAY.toString(),
                        "level",
                        "VILLAGE_ROTATION",
                        "course",
                        "村级信息员年度轮训",
                        "hours",
                        4));
        change("contacts", Map.of("informantToken", token, "on", TODAY.toString(), "way", "VISIT", "note", "走访了解情况"));
        String itemId = submitAs(token)
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("itemId")
                .asString();
        ItemSubmitted item = TestKafka.value(
                await().atMost(PATIENCE)
                        .until(
                                () -> TestKafka.readAll(Topics.ITEM_SUBMITTED.name()).stream()
                                        .filter(r -> itemId.equals(r.key()))
                                        .findFirst(),
                                Optional::isPresent)
                        .get(),
                ItemSubmitted.class);
        assertThat(item.informantToken()).isEqualTo(token);
        JsonNode decided = change(
                "decisions",
                Map.of(
                        "informantToken",
                        token,
                        "year",
                        TODAY.getYear() - 1,
                        "verdict",
                        "DISMISS",
                        "reason",
                        "全年未报送",
                        "decidedBy",
                        InformantFixtures.WORK_STATION,
                        "method",
                        "assessment-1",
                        "figures",
                        List.of("items=0")));

        submitAs(token)
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("该信息员已被解聘，不能再报送预警信息 / This informant has been dismissed and can no longer submit"
                        + " warning items");
        JsonNode record = record(token);
        assertThat(record.get("status").asString()).isEqualTo("DISMISSED");
        assertThat(record.get("rotationDue").asBoolean()).isFalse();
        assertThat(record.get("trainingRecords")).hasSize(1);
        assertThat(record.get("contactLog").get(0).propertyNames()).containsExactlyInAnyOrder("on", "way");
        assertThat(record.get("decisions").get(0).has("reason")).isFalse();
        assertThat(record.has("name") || record.has("phone") || record.has("identity"))
                .isFalse();
        long version = decided.get("version").asLong();
        assertThat(version).isEqualTo(6);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(database.getCollection("informants")
                        .find(Filters.eq("_id", token))
                        .first())
                .extracting(d -> ((Number) d.get("version")).longValue())
                .isEqualTo(version));
        assertThat(TestKafka.readAll(Topics.INFORMANT_CHANGED.name()).stream()
                        .filter(r -> token.equals(r.key()))
                        .map(r -> TestKafka.value(r, InformantChanged.class).version()))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    /** A replayed older version, then a record after it on the same partition: the older one changed nothing. */
    @Test
    void anOlderVersionArrivingLateDoesNotTurnTheProjectionBack() {
        String token = appoint(InformantFixtures.anyVillageInformant());
        change("status", Map.of("informantToken", token, "status", "SUSPENDED", "reason", "暂停"));
        InformantRecorded first = TestKafka.value(
                TestKafka.readAll(Topics.INFORMANT_RECORDED.name()).stream()
                        .filter(r -> token.equals(r.key()))
                        .findFirst()
                        .orElseThrow(),
                InformantRecorded.class);
        String later = appoint(InformantFixtures.anyVillageInformant());
        InformantRecorded marker = TestKafka.value(
                TestKafka.readAll(Topics.INFORMANT_RECORDED.name()).stream()
                        .filter(r -> later.equals(r.key()))
                        .findFirst()
                        .orElseThrow(),
                InformantRecorded.class);
        database.getCollection("informants").deleteOne(Filters.eq("_id", later));

        TestKafka.publish(Topics.INFORMANT_RECORDED.name(), 0, token, first);
        TestKafka.publish(Topics.INFORMANT_RECORDED.name(), 0, later, marker);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                        database.getCollection("informants").countDocuments(Filters.eq("_id", later)))
                .isOne());
        assertThat(database.getCollection("informants")
                        .find(Filters.eq("_id", token))
                        .first())
                .extracting(d -> ((Number) d.get("version")).longValue())
                .isEqualTo(2L);
        assertThat(record(token).get("status").asString()).isEqualTo("SUSPENDED");
    }

    @Test
    void theSameNumberIsNotAppointedTwice() {
        AppointmentDraft draft = InformantFixtures.anyVillageInformant();
        appoint(draft);

        appointerOf(draft)
                .post()
                .uri("/api/informants")
                .contentType(MediaType.APPLICATION_JSON)
                .body(draft)
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("number");
    }

    @Test
    void anAppointmentOutsideTheAppointersLevelIsRefusedWithTheRule() {
        AppointmentDraft draft = InformantFixtures.at(
                InformantFixtures.anyVillageInformant(), NetworkFixtures.VILLAGE, InformantFixtures.WORK_STATION);

        post("/api/informants", draft)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("appointedByCode")
                .jsonPath("$.errors[0].message")
                .value(String.class, m -> assertThat(m).startsWith("工作站只聘任"));
    }

    @Test
    void aNodeDescriptionNamingAnInformantIsRefused() {
        AppointmentDraft draft = InformantFixtures.anyVillageInformant();
        appoint(draft);
        Map<String, Object> node = Map.of(
                "code",
                NetworkFixtures.VILLAGE,
                "kind",
                "VILLAGE",
                "name",
                "东山村",
                "parentCode",
                NetworkFixtures.TOWNSHIP,
                "description",
                "村信息员" + draft.name() + "负责联络");

        http.put()
                .uri("/api/network/nodes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(node))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("[0].description")
                .jsonPath("$.errors[0].message")
                .value(String.class, m -> assertThat(m).startsWith("疑似包含个人信息（人名）"));
    }

    private JsonNode change(String what, Map<String, Object> body) {
        return post("/api/informants/" + what, body)
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private JsonNode record(String token) {
        return post("/api/informants/record", Map.of("informantToken", token))
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private JsonNode listed(String node, String token) {
        JsonNode list = http.get()
                .uri("/api/informants?node=" + node)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        for (JsonNode informant : list.get("informants")) {
            if (token.equals(informant.get("informantToken").asString())) {
                return informant;
            }
        }
        return null;
    }

    private RestTestClient.ResponseSpec submitAs(String token) {
        return post("/api/items", InformantFixtures.anySubmissionAs(token));
    }

    private RestTestClient.ResponseSpec post(String uri, Object body) {
        return http.post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }
}
