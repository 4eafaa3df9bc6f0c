package org.qingfeng.intake.rhythm;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import org.qingfeng.intake.notify.MailGateway;
import org.qingfeng.intake.notify.NotificationFailed;
import org.qingfeng.intake.notify.SmsGateway;
import org.qingfeng.intake.rhythm.rules.ReminderKind;
import org.qingfeng.intake.rhythm.rules.ReminderTexts;
import org.qingfeng.intake.rhythm.rules.ReportingContact;
import org.qingfeng.intake.rhythm.rules.ReportingWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one reminder to a unit's recipients, by SMS to each phone and by e-mail to each address, at
 * most once: the reminder is claimed before anything is sent, so a failed send is not repeated to
 * the recipients who already have it. A unit without recipients is passed over unclaimed, so that
 * recipients added later the same day still get it.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final ContactBook contacts;
    private final ReminderClaims claims;
    private final SmsGateway sms;
    private final MailGateway mail;
    private final MeterRegistry meters;

    Reminders(ContactBook contacts, ReminderClaims claims, SmsGateway sms, MailGateway mail, MeterRegistry meters) {
        this.contacts = contacts;
        this.claims = claims;
        this.sms = sms;
        this.mail = mail;
        this.meters = meters;
    }

    void send(ReportingWindow window, ReminderKind kind, Instant now) {
        String unit = window.unit().code();
        if (contacts.count(unit) == 0) {
            log.debug("No reminder recipients for {}: the {} reminder waits", unit, kind.id());
            return;
        }
        if (!claims.claim(window.key() + "|" + kind.id(), now)) {
            return;
        }
        List<ReportingContact> recipients = contacts.open(unit);
        String text = ReminderTexts.text(window, kind);
        String subject = ReminderTexts.subject(window, kind);
        int failed = 0;
        for (ReportingContact recipient : recipients) {
            if (recipient.phone() != null && !attempt(() -> sms.send(recipient.phone(), text))) {
                failed++;
            }
            if (recipient.email() != null && !attempt(() -> mail.send(recipient.email(), subject, text))) {
                failed++;
            }
        }
        meters.counter("intake.rhythm.reminders.sent", "kind", kind.id()).increment();
        log.info(
                "Sent the {} reminder of {} for {} to {} recipients, {} messages failed",
                kind.id(),
                unit,
                window.period().label(),
                recipients.size(),
                failed);
    }

    private static boolean attempt(Runnable send) {
        try {
            send.run();
            return true;
        } catch (NotificationFailed e) {
            log.warn("A reminder message was not sent: {}", e.getMessage());
            return false;
        }
    }
}
