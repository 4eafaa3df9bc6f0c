package org.qingfeng.intake.notify;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends plain-text e-mail through Spring's {@link JavaMailSender}, configured by {@code spring.mail.*}. */
final class SpringMailGateway implements MailGateway {

    private final JavaMailSender sender;
    private final String from;
    private final NotifyMetrics metrics;

    SpringMailGateway(JavaMailSender sender, String from, MeterRegistry meters) {
        this.sender = sender;
        this.from = from;
        this.metrics = new NotifyMetrics(meters, NotifyMetrics.MAIL);
    }

    @Override
    public void send(String address, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.send(message);
        } catch (MailException e) {
            metrics.failed();
            // The exception's message lists the addresses that failed: only its class goes on.
            throw new NotificationFailed(
                    "the mail server did not take the message: " + e.getClass().getSimpleName());
        }
        metrics.sent();
    }
}
