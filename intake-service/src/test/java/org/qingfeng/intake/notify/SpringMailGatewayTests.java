package org.qingfeng.intake.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SpringMailGatewayTests {

    private static final String ADDRESS = "t1@example.cn";

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final Sender sender = new Sender();
    private final SpringMailGateway gateway = new SpringMailGateway(sender, "qingfeng@county.example", meters);

    @Test
    void sendsAPlainTextMailFromTheConfiguredSender() {
        gateway.send(ADDRESS, "【清风预警网】报送提醒", "正文 / body");

        assertThat(sender.sent).singleElement().satisfies(message -> {
            assertThat(message.getFrom()).isEqualTo("qingfeng@county.example");
            assertThat(message.getTo()).containsExactly(ADDRESS);
            assertThat(message.getSubject()).isEqualTo("【清风预警网】报送提醒");
            assertThat(message.getText()).isEqualTo("正文 / body");
        });
        assertThat(meters.counter("intake.notify.sent", "channel", "mail").count())
                .isOne();
    }

    @Test
    void aRefusedMailFailsWithoutTheAddressTheServerQuoted() {
        sender.refuse = true;

        assertThatThrownBy(() -> gateway.send(ADDRESS, "subject", "body"))
                .isInstanceOf(NotificationFailed.class)
                .hasMessageNotContaining(ADDRESS)
                .hasNoCause();
        assertThat(meters.counter("intake.notify.failed", "channel", "mail").count())
                .isOne();
    }

    /** Spring's sender, stopped before it reaches a server. */
    static final class Sender extends JavaMailSenderImpl {

        final List<SimpleMailMessage> sent = new ArrayList<>();
        boolean refuse;

        @Override
        public void send(SimpleMailMessage... messages) {
            if (refuse) {
                throw new MailSendException("Invalid Addresses: " + ADDRESS);
            }
            sent.addAll(List.of(messages));
        }
    }
}
