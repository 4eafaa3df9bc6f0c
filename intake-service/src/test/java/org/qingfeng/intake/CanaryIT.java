package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.InformantRecorded.Background;
import org.qingfeng.contracts.intake.InformantRecorded.Role;
import org.qingfeng.contracts.intake.InformantType;
import org.qingfeng.intake.informant.rules.AppointmentDraft;
import org.qingfeng.intake.informant.rules.ResidentIdNumber;
import org.qingfeng.testsupport.TestInfrastructure;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Plants an informant with a distinctive identity, takes them through submission, a status change
 * and a contact note quoting their phone, then searches everything intake leaves behind: every
 * record of every topic on the broker, every document of intake's database, and the log. The
 * identity may only exist inside sealed boxes.
 */
@ExtendWith(OutputCaptureExtension.class)
class CanaryIT extends IntakeIntegrationTest {

    private static final String NUMBER = "CANARY-7Q2M-0042";
    private static final String NAME = "甄金雀";
    private static final String PHONE = "13987654321";
    private static final String EMAIL = "zhen.jinque.canary@example.org";
    private static final String ID_BODY = "33028119870512918";
    private static final String ID_NUMBER = ID_BODY + ResidentIdNumber.checkCharacter(ID_BODY);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MongoDatabase database;

    @BeforeEach
    void loadTheNetwork() {
        loadTheInformantNetwork();
    }

    @Test
    void theCanarysIdentityIsNowhereInTopicsCollectionsOrLogs(CapturedOutput output) {
        String token = appoint(canary());
        String itemId = post("/api/items", InformantFixtures.anySubmissionAs(token))
                .get("itemId")
                .asString();
        post(
                "/api/informants/status",
                Map.of("informantToken", token, "status", "SUSPENDED", "reason", NAME + "本人申请暂停，电话" + PHONE));
        post(
                "/api/informants/contacts",
                Map.of(
                        "informantToken",
                        token,
                        "on",
                        TODAY.toString(),
                        "way",
                        "PHONE",
                        "note",
                        "拨打" + PHONE + "联系" + NAME));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(database.getCollection("informants")
                        .countDocuments(Filters.and(Filters.eq("_id", token), Filters.eq("version", 3))))
                .isOne());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(item(itemId).get("status").asString()).isEqualTo("REGISTERED"));

        List<String> topics = everyTopic();
        assertThat(topics).contains(Topics.INFORMANT_RECORDED.name(), Topics.INFORMANT_CHANGED.name());
        assertThat(topics).allSatisfy(topic -> assertThat(recordsOf(topic)).noneMatch(CanaryIT::carriesTheCanary));
        assertThat(recordsOf(Topics.INFORMANT_RECORDED.name())).anyMatch(text -> text.contains(token));
        List<String> documents = everyDocument();
        assertThat(documents).anyMatch(text -> text.contains(token));
        assertThat(documents).noneMatch(CanaryIT::carriesTheCanary);
        assertThat(output.getAll()).isNotEmpty();
        assertThat(carriesTheCanary(output.getAll())).isFalse();
    }

    private static boolean carriesTheCanary(String text) {
        return text.contains(NAME)
                || text.contains(PHONE)
                || text.toLowerCase().contains(EMAIL)
                || text.contains(ID_NUMBER)
                || text.contains(NUMBER);
    }

    private static AppointmentDraft canary() {
        return new AppointmentDraft(
                NUMBER,
                NAME,
                "139 8765 4321",
                EMAIL,
                ID_NUMBER,
                NetworkFixtures.VILLAGE,
                NetworkFixtures.TOWNSHIP,
                InformantType.SPECIAL_INVITED,
                List.of(Background.TEACHER),
                List.of(Role.MEDIATION),
                LocalDate.of(2025, 3, 1));
    }

    private static List<String> everyTopic() {
        try (Admin admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()))) {
            Set<String> names = admin.listTopics(new ListTopicsOptions().listInternal(true))
                    .names()
                    .get();
            return names.stream().sorted().toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recordsOf(String topic) {
        List<String> texts = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : TestKafka.readAll(topic)) {
            texts.add(String.valueOf(record.key()));
            if (record.value() != null) {
                texts.add(new String(record.value(), StandardCharsets.UTF_8));
            }
            record.headers().forEach(h -> texts.add(new String(h.value(), StandardCharsets.UTF_8)));
        }
        return texts;
    }

    private List<String> everyDocument() {
        List<String> texts = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            database.getCollection(collection).find().map(Document::toJson).forEach(texts::add);
        }
        return texts;
    }

    private JsonNode post(String uri, Object body) {
        return http.post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .is2xxSuccessful()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }
}
