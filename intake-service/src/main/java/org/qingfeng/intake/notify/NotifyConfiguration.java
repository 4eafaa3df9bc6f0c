package org.qingfeng.intake.notify;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * One sender per channel: the HTTP SMS gateway when {@code intake.notify.sms.url} is set, mail when
 * Spring Boot configured a {@link JavaMailSender} ({@code spring.mail.host}), otherwise a sender
 * that skips and counts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotifyProperties.class)
class NotifyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotifyConfiguration.class);

    @Bean
    SmsGateway smsGateway(NotifyProperties properties, MeterRegistry meters) {
        NotifyProperties.Sms sms = properties.sms();
        if (!sms.configured()) {
            log.warn("No SMS gateway configured (intake.notify.sms.url): SMS messages are skipped and counted");
            return new NotConfigured.Sms(meters);
        }
        if (sms.token() == null || sms.token().isBlank()) {
            log.warn("The SMS gateway has no bearer token (intake.notify.sms.token)");
        }
        return new HttpSmsGateway(
                URI.create(Objects.requireNonNull(sms.url())),
                sms.token(),
                sms.connectTimeout(),
                sms.timeout(),
                meters);
    }

    @Bean
    MailGateway mailGateway(ObjectProvider<JavaMailSender> senders, NotifyProperties properties, MeterRegistry meters) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server configured (spring.mail.host): e-mails are skipped and counted");
            return new NotConfigured.Mail(meters);
        }
        return new SpringMailGateway(sender, properties.mail().from(), meters);
    }
}
