package org.qingfeng.intake.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class NotifyConfigurationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(NotifyConfiguration.class)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Test
    void anUnconfiguredChannelSkipsAndCountsWithoutNamingTheRecipient(CapturedOutput output) {
        context.run(app -> {
            app.getBean(SmsGateway.class).send("13800000001", "text");
            app.getBean(MailGateway.class).send("t1@example.cn", "subject", "body");

            MeterRegistry meters = app.getBean(MeterRegistry.class);
            assertThat(meters.counter("intake.notify.skipped", "channel", "sms").count())
                    .isOne();
            assertThat(meters.counter("intake.notify.skipped", "channel", "mail")
                            .count())
                    .isOne();
        });
        assertThat(output.getOut())
                .contains("SMS not sent: the SMS channel is not configured")
                .contains("E-mail not sent: the mail channel is not configured")
                .doesNotContain("13800000001")
                .doesNotContain("t1@example.cn");
    }

    @Test
    void aGatewayUrlTurnsTheHttpSmsGatewayOn() {
        context.withPropertyValues("intake.notify.sms.url=http://127.0.0.1:9/sms", "intake.notify.sms.token=t")
                .run(app -> assertThat(app.getBean(SmsGateway.class)).isInstanceOf(HttpSmsGateway.class));
    }

    @Test
    void aMailHostTurnsSpringMailOn() {
        context.withPropertyValues("spring.mail.host=127.0.0.1")
                .run(app -> assertThat(app.getBean(MailGateway.class)).isInstanceOf(SpringMailGateway.class));
    }
}
