package org.qingfeng.intake.notify;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The senders of a channel that is not configured: each message is counted as skipped and logged
 * without its recipient, so that a missing configuration shows up instead of failing silently.
 */
final class NotConfigured {

    private static final Logger log = LoggerFactory.getLogger(NotConfigured.class);

    private NotConfigured() {}

    static final class Sms implements SmsGateway {

        private final NotifyMetrics metrics;

        Sms(MeterRegistry meters) {
            this.metrics = new NotifyMetrics(meters, NotifyMetrics.SMS);
        }

        @Override
        public void send(String phone, String text) {
            metrics.skipped();
            log.info("SMS not sent: the SMS channel is not configured (intake.notify.sms.url)");
        }
    }

    static final class Mail implements MailGateway {

        private final NotifyMetrics metrics;

        Mail(MeterRegistry meters) {
            this.metrics = new NotifyMetrics(meters, NotifyMetrics.MAIL);
        }

        @Override
        public void send(String address, String subject, String body) {
            metrics.skipped();
            log.info("E-mail not sent: the mail channel is not configured (spring.mail.host)");
        }
    }
}
