package org.qingfeng.intake.notify;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The channels, under {@code intake.notify.*}. Mail goes through Spring's {@code JavaMailSender},
 * configured with {@code spring.mail.*} ({@code SPRING_MAIL_HOST} …); a channel left unconfigured
 * skips its messages and counts them.
 */
@ConfigurationProperties("intake.notify")
public record NotifyProperties(
        @DefaultValue Sms sms, @DefaultValue Mail mail) {

    /**
     * @param url where the SMS gateway takes {@code POST {to, text}}; blank leaves SMS off
     * @param token its bearer token ({@code INTAKE_NOTIFY_SMS_TOKEN}), never in a committed file
     * @param connectTimeout how long to wait for a connection
     * @param timeout how long to wait for the gateway's answer
     */
    public record Sms(
            @Nullable String url,
            @Nullable String token,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("5s") Duration timeout) {

        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }

    /** @param from the sender of every e-mail */
    public record Mail(
            @DefaultValue("qingfeng-noreply@localhost") String from) {}
}
