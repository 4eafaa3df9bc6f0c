package org.qingfeng.intake.rhythm;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.qingfeng.contracts.disposal.ReminderRequested;
import org.qingfeng.intake.notify.MailGateway;
import org.qingfeng.intake.notify.NotificationFailed;
import org.qingfeng.intake.notify.SmsGateway;
import org.qingfeng.intake.rhythm.rules.ReportingContact;
import org.qingfeng.intake.sealing.Pseudonyms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a reminder disposal asked for to the sealed contacts of its recipient node: the text by SMS
 * to each phone, the subject and text by e-mail to each address. Each message is claimed in {@link
 * SentMessages} under the request's event id, the channel and a keyed digest of the recipient before
 * it is sent, so a redelivered request sends nothing twice; a message the gateway did not take is
 * released and the request fails, to be retried and in the end dead-lettered. A node without
 * contacts is counted and logged by its code only.
 */
@Component
class CaseReminders {

    static final String METRIC = "intake.reminders";

    private static final Logger log = LoggerFactory.getLogger(CaseReminders.class);

    private final ContactBook contacts;
    private final SentMessages messages;
    private final SmsGateway sms;
    private final MailGateway mail;
    private final Pseudonyms pseudonyms;
    private final Clock clock;
    private final MeterRegistry meters;

    CaseReminders(
            ContactBook contacts,
            SentMessages messages,
            SmsGateway sms,
            MailGateway mail,
            Pseudonyms pseudonyms,
            Clock clock,
            MeterRegistry meters) {
        this.contacts = contacts;
        this.messages = messages;
        this.sms = sms;
        this.mail = mail;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
        this.meters = meters;
    }

    /** Sends every request in turn; the first one with a message not taken fails the call. */
    void sendAll(List<ReminderRequested> requests) {
        requests.forEach(this::send);
    }

    private void send(ReminderRequested request) {
        List<ReportingContact> recipients = contacts.open(request.recipientCode());
        if (recipients.isEmpty()) {
            count("no_contacts");
            log.warn(
                    "Reminder {} of case {} not sent: node {} has no reminder contacts",
                    request.eventId(),
                    request.caseId(),
                    request.recipientCode());
            return;
        }
        int sent = 0;
        int before = 0;
        int failed = 0;
        for (ReportingContact recipient : recipients) {
            if (recipient.phone() != null) {
                String phone = recipient.phone();
                switch (deliver(key(request, "sms", phone), () -> sms.send(phone, request.text()))) {
                    case SENT -> sent++;
                    case BEFORE -> before++;
                    case FAILED -> failed++;
                }
            }
            if (recipient.email() != null) {
                String address = recipient.email();
                switch (deliver(
                        key(request, "mail", address), () -> mail.send(address, request.subject(), request.text()))) {
                    case SENT -> sent++;
                    case BEFORE -> before++;
                    case FAILED -> failed++;
                }
            }
        }
        log.info(
                "Reminder {} of case {} to node {}: {} messages sent, {} sent before, {} failed",
                request.eventId(),
                request.caseId(),
                request.recipientCode(),
                sent,
                before,
                failed);
        if (failed > 0) {
            count("failed");
            throw new NotificationFailed(failed + " reminder messages were not taken");
        }
        count(sent > 0 ? "sent" : "sent_before");
    }

    private enum Delivery {
        SENT,
        BEFORE,
        FAILED
    }

    private Delivery deliver(String key, Runnable send) {
        if (!messages.claim(key, clock.instant())) {
            return Delivery.BEFORE;
        }
        try {
            send.run();
        } catch (NotificationFailed e) {
            messages.release(key);
            log.warn("A reminder message was not sent: {}", e.getMessage());
            return Delivery.FAILED;
        }
        messages.sent(key, clock.instant());
        return Delivery.SENT;
    }

    /** The recipient only as a keyed digest: the key of a sent message names no phone and no address. */
    private String key(ReminderRequested request, String channel, String recipient) {
        return request.eventId() + "|" + channel + "|" + pseudonyms.digest("reminder-" + channel, recipient);
    }

    private void count(String outcome) {
        meters.counter(METRIC, "outcome", outcome).increment();
    }
}
