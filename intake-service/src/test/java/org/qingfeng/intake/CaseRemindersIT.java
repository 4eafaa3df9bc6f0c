package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.disposal.ReminderRequested;
import org.qingfeng.intake.notify.RecordingSmsGateway;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

/**
 * Disposal's reminder requests reach the sealed contacts of the recipient node: SMS recorded, e-mail
 * through the test SMTP server. One message per channel and recipient per request, however often
 * the request is delivered.
 */
@ExtendWith(OutputCaptureExtension.class)
class CaseRemindersIT extends ChannelIntegrationTest {

    private static final String REMINDERS_GROUP = "intake-service-reminders";

    @Autowired
    private RecordingSmsGateway sms;

    @Autowired
    private MeterRegistry meters;

    @BeforeEach
    void loadTheNetwork() {
        loadTheInformantNetwork();
    }

    @Test
    void aRequestDeliveredTwiceSendsOneMessagePerChannelAndRecipient(CapturedOutput output) {
        String phone = anyPhone();
        String address = "jjw-" + anyPhone().substring(3) + "@d01.qingfeng.test";
        String otherPhone = anyPhone();
        putContacts(
                NetworkFixtures.COMPETENT_DEPARTMENT,
                List.of(
                        Map.of("role", "纪检委员", "phone", phone, "email", address),
                        Map.of("role", "联络员", "phone", otherPhone)));
        ReminderRequested request = CaseFixtures.anyReminderTo(NetworkFixtures.COMPETENT_DEPARTMENT);

        publishAndAwait(request);
        publishAndAwait(request);

        assertThat(sms.drain())
                .filteredOn(m -> m.phone().equals(phone) || m.phone().equals(otherPhone))
                .containsExactlyInAnyOrder(
                        new RecordingSmsGateway.Sms(phone, request.text()),
                        new RecordingSmsGateway.Sms(otherPhone, request.text()));
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.get(0))).isEqualTo(request.subject());
        assertThat(serviceLog(output)).doesNotContain(phone, otherPhone, address);
        assertThat(output).contains(request.eventId().toString());
    }

    @Test
    void aNodeWithoutContactsIsCountedAndLoggedByItsCodeOnly(CapturedOutput output) {
        double before = noContacts();
        ReminderRequested request = CaseFixtures.anyReminderTo(InformantFixtures.OTHER_TOWNSHIP);

        publishAndAwait(request);

        assertThat(noContacts()).isEqualTo(before + 1);
        assertThat(output).contains("node " + InformantFixtures.OTHER_TOWNSHIP + " has no reminder contacts");
    }

    private void putContacts(String node, List<Map<String, String>> contacts) {
        http.put()
                .uri("/api/reporting/contacts")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("unitCode", node, "contacts", contacts))
                .exchange()
                .expectStatus()
                .isAccepted();
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.REPORTING_CONTACTS.name());
    }

    private static void publishAndAwait(ReminderRequested request) {
        RecordMetadata sent =
                TestKafka.publish(Topics.REMINDERS.name(), request.caseId().toString(), request);
        ConsumerGroups.awaitProcessed(REMINDERS_GROUP, sent.topic(), sent.partition(), sent.offset());
    }

    private double noContacts() {
        Counter counter =
                meters.find("intake.reminders").tag("outcome", "no_contacts").counter();
        return counter == null ? 0 : counter.count();
    }

    /** The service's own log lines: the test mail server logs the accounts it creates. */
    private static String serviceLog(CapturedOutput output) {
        return output.getAll()
                .lines()
                .filter(line -> !line.contains("c.icegreen.greenmail"))
                .collect(Collectors.joining("\n"));
    }

    private static String anyPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return message.getAllRecipients() == null ? "" : InternetAddress.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
