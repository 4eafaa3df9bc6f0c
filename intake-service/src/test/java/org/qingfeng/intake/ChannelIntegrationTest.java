package org.qingfeng.intake;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.intake.notify.RecordingSmsGateway;
import org.qingfeng.testsupport.TestInfrastructure;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service with its SMS and e-mail channels on: SMS replies recorded, the mailbox a real IMAP
 * server (GreenMail, on free ports) that the service polls, its replies sent to the same server's
 * SMTP. One context for every channel {@code *IT}.
 */
@Import(ChannelIntegrationTest.Replies.class)
abstract class ChannelIntegrationTest extends IntakeIntegrationTest {

    protected static final String SMS_SECRET = "a-gateway-secret-for-tests";
    protected static final String MAILBOX = "intake@qingfeng.test";
    protected static final String MAILBOX_PASSWORD = "mailbox-password";
    protected static final GreenMail MAIL = startMail();

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("intake.channels.sms.secret", () -> SMS_SECRET);
        registry.add("intake.channels.default-region", () -> NetworkFixtures.TOWNSHIP);
        registry.add("intake.channels.default-unit", () -> NetworkFixtures.DEPARTMENT);
        registry.add("intake.channels.mail.enabled", () -> "true");
        registry.add("intake.channels.mail.protocol", () -> "imap");
        registry.add("intake.channels.mail.host", () -> "127.0.0.1");
        registry.add("intake.channels.mail.port", () -> MAIL.getImap().getPort());
        registry.add("intake.channels.mail.username", () -> MAILBOX);
        registry.add("intake.channels.mail.password", () -> MAILBOX_PASSWORD);
        registry.add("intake.channels.mail.poll-interval", () -> "300ms");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("intake.notify.mail.from", () -> MAILBOX);
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mail.start();
        mail.setUser(MAILBOX, MAILBOX, MAILBOX_PASSWORD);
        return mail;
    }

    protected void dismiss(String token) {
        http.post()
                .uri("/api/informants/status")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("informantToken", token, "status", "DISMISSED", "reason", "长期未履职"))
                .exchange()
                .expectStatus()
                .isAccepted();
    }

    /** A description no other test writes, at least ten characters. */
    protected static String anyDescription() {
        return "村集体资金使用未按规定公示，编号 " + UUID.randomUUID();
    }

    /** The published items whose description contains {@code marker}. */
    protected static List<ItemSubmitted> itemsDescribing(String marker) {
        return TestKafka.readAll(Topics.ITEM_SUBMITTED.name()).stream()
                .map(r -> TestKafka.value(r, ItemSubmitted.class))
                .filter(item -> item.item().description().contains(marker))
                .toList();
    }

    /** Every record of every topic on the broker, as text. */
    protected static List<String> everyRecord() {
        List<String> texts = new ArrayList<>();
        for (String topic : everyTopic()) {
            for (ConsumerRecord<String, byte[]> record : TestKafka.readAll(topic)) {
                texts.add(record.key() + " "
                        + new String(record.value() == null ? new byte[0] : record.value(), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    private static Set<String> everyTopic() {
        try (Admin admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()))) {
            return admin.listTopics().names().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reply SMS are recorded, not sent. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Replies {

        @Bean
        @Primary
        RecordingSmsGateway recordingSmsGateway() {
            return new RecordingSmsGateway();
        }
    }
}
