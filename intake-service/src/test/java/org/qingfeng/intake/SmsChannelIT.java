package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.intake.informant.rules.AppointmentDraft;
import org.qingfeng.intake.notify.RecordingSmsGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The SMS gateway's webhook end to end: signed calls, informants by number, replies, retries, bad messages. */
@ExtendWith(OutputCaptureExtension.class)
class SmsChannelIT extends ChannelIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    RecordingSmsGateway sms;

    @BeforeEach
    void loadTheNetwork() {
        loadTheInformantNetwork();
        sms.drain();
    }

    @Test
    void anInformantsSmsBecomesTheirItemOnceEvenWhenTheGatewayRetriesAndTheReplyCarriesTheReceipt() {
        String phone = uniquePhone();
        String token = appoint(informantWithPhone(phone));
        String description = anyDescription();
        String body = body(
                "m-" + UUID.randomUUID(),
                "+86 " + phone.substring(0, 3) + " " + phone.substring(3),
                "急 " + description);

        post(body).expectStatus().isOk().expectBody().jsonPath("$.accepted").isEqualTo(true);
        post(body).expectStatus().isOk();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(itemsDescribing(description)).isNotEmpty());
        assertThat(itemsDescribing(description).stream()
                        .map(ItemSubmitted::itemId)
                        .distinct())
                .as("one item, however often the message came")
                .hasSize(1);
        ItemSubmitted item = itemsDescribing(description).get(0);
        assertThat(item.submitterKind()).isEqualTo(SubmitterKind.INFORMANT);
        assertThat(item.informantToken()).isEqualTo(token);
        assertThat(item.item().channel()).isEqualTo(Channel.SMS);
        assertThat(item.item().urgency()).isEqualTo(Urgency.IMMEDIATE);
        assertThat(item.item().regionCode()).isEqualTo(NetworkFixtures.VILLAGE);
        assertThat(item.item().unitCode()).isEqualTo(NetworkFixtures.DEPARTMENT);
        assertThat(item.item().subjectArea()).isEqualTo("unclassified");
        assertThat(item.item().description()).isEqualTo(description);
        List<RecordingSmsGateway.Sms> replies = sms.drain();
        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).text())
                .contains("回执码：")
                .isEqualTo(replies.get(1).text());
    }

    @Test
    void aBadMessageIsAnsweredWithWhatWasWrongAndTheNextOneStillGoesThroughAnonymouslyWithTheNumberSealed(
            CapturedOutput output) {
        String phone = uniquePhone();
        String description = anyDescription();

        post(body("m-" + UUID.randomUUID(), phone, "太短")).expectStatus().isOk();
        post(body("m-" + UUID.randomUUID(), phone, description)).expectStatus().isOk();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(itemsDescribing(description)).hasSize(1));
        ItemSubmitted item = itemsDescribing(description).get(0);
        assertThat(item.submitterKind()).isEqualTo(SubmitterKind.ANONYMOUS);
        assertThat(item.informantToken()).isNull();
        assertThat(item.item().regionCode()).isEqualTo(NetworkFixtures.TOWNSHIP);
        List<RecordingSmsGateway.Sms> replies = sms.drain();
        assertThat(replies).extracting(RecordingSmsGateway.Sms::phone).containsExactly(phone, phone);
        assertThat(replies.get(0).text()).contains("未能受理", "内容：须为 10 到 4000 字");
        assertThat(replies.get(1).text()).contains("回执码：");
        assertThat(everyRecord()).noneMatch(text -> text.contains(phone));
        assertThat(output.getAll()).doesNotContain(phone).doesNotContain(description);
    }

    @Test
    void aDismissedInformantIsToldTheyCanNoLongerSubmit() {
        String phone = uniquePhone();
        String token = appoint(informantWithPhone(phone));
        dismiss(token);
        String description = anyDescription();

        post(body("m-" + UUID.randomUUID(), phone, description)).expectStatus().isOk();

        assertThat(sms.drain()).singleElement().satisfies(reply -> assertThat(reply.text())
                .contains("该信息员已被解聘"));
        assertThat(itemsDescribing(description)).isEmpty();
    }

    @Test
    void aCallWithoutAValidFreshSignatureIs401AndNothingHappens() {
        String description = anyDescription();
        String body = body("m-" + UUID.randomUUID(), uniquePhone(), description);
        String now = String.valueOf(Instant.now().getEpochSecond());
        String stale = String.valueOf(Instant.now().minusSeconds(600).getEpochSecond());

        signed(body, now, sign("another-secret", now, body))
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        signed(body, stale, sign(SMS_SECRET, stale, body)).expectStatus().isUnauthorized();
        signed(body + " ", now, sign(SMS_SECRET, now, body)).expectStatus().isUnauthorized();

        assertThat(sms.drain()).isEmpty();
        assertThat(itemsDescribing(description)).isEmpty();
    }

    private RestTestClient.ResponseSpec post(String body) {
        String now = String.valueOf(Instant.now().getEpochSecond());
        return signed(body, now, sign(SMS_SECRET, now, body));
    }

    private RestTestClient.ResponseSpec signed(String body, String timestamp, String signature) {
        return anonymous()
                .post()
                .uri("/api/channels/sms")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Qingfeng-Timestamp", timestamp)
                .header("X-Qingfeng-Signature", signature)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .exchange();
    }

    private static String body(String messageId, String from, String text) {
        return SmsFixtures.body(messageId, from, text);
    }

    private static String sign(String secret, String timestamp, String body) {
        return SmsFixtures.sign(secret, timestamp, body);
    }

    private static AppointmentDraft informantWithPhone(String phone) {
        return InformantFixtures.with(InformantFixtures.anyVillageInformant(), phone, null, null);
    }

    /** A mobile number no other test uses: 137 and eight digits of a random UUID. */
    private static String uniquePhone() {
        return "137" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    }
}
