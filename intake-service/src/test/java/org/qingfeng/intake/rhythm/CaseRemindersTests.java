package org.qingfeng.intake.rhythm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.disposal.ReminderRequested;
import org.qingfeng.intake.CaseFixtures;
import org.qingfeng.intake.notify.NotificationFailed;
import org.qingfeng.intake.notify.RecordingMailGateway;
import org.qingfeng.intake.notify.RecordingSmsGateway;
import org.qingfeng.intake.notify.SmsGateway;
import org.qingfeng.intake.rhythm.rules.ReportingContact;
import org.qingfeng.intake.sealing.Pseudonyms;

class CaseRemindersTests {

    private static final String DEPARTMENT = "330281-D01";
    private static final String PHONE = "13800000001";
    private static final String OTHER_PHONE = "13800000002";
    private static final String ADDRESS = "jjw@d01.example.cn";

    private final InMemoryContactBook contacts = new InMemoryContactBook()
            .with(
                    DEPARTMENT,
                    new ReportingContact("纪检委员", PHONE, ADDRESS),
                    new ReportingContact("联络员", OTHER_PHONE, null));
    private final InMemorySentMessages messages = new InMemorySentMessages();
    private final RecordingSmsGateway sms = new RecordingSmsGateway();
    private final RecordingMailGateway mail = new RecordingMailGateway();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Pseudonyms pseudonyms =
            new Pseudonyms("a-pseudonym-key-for-tests-32-bytes!".getBytes(StandardCharsets.UTF_8));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T00:00:00Z"));

    @Test
    void eachPhoneGetsTheTextAndEachAddressTheMailOnceEvenWhenAskedTwice() {
        CaseReminders reminders = reminders(sms);
        ReminderRequested request = CaseFixtures.anyReminderTo(DEPARTMENT);

        reminders.sendAll(List.of(request, request));
        reminders.sendAll(List.of(request));

        assertThat(sms.drain())
                .containsExactly(
                        new RecordingSmsGateway.Sms(PHONE, request.text()),
                        new RecordingSmsGateway.Sms(OTHER_PHONE, request.text()));
        assertThat(mail.drain())
                .containsExactly(new RecordingMailGateway.Mail(ADDRESS, request.subject(), request.text()));
        assertThat(outcome("sent")).isEqualTo(1);
        assertThat(outcome("sent_before")).isEqualTo(2);
    }

    @Test
    void theKeysOfSentMessagesNameNoPhoneAndNoAddress() {
        reminders(sms).sendAll(List.of(CaseFixtures.anyReminderTo(DEPARTMENT)));

        assertThat(messages.all()).hasSize(3).allSatisfy((key, sentAt) -> {
            assertThat(key).doesNotContain(PHONE, OTHER_PHONE, ADDRESS);
            assertThat(sentAt).contains(clock.instant());
        });
    }

    @Test
    void aMessageNotTakenFailsTheRequestAndGoesOnRetryWithoutRepeatingTheOthers() {
        FailingOnce failing = new FailingOnce(OTHER_PHONE);
        CaseReminders reminders = reminders(failing);
        ReminderRequested request = CaseFixtures.anyReminderTo(DEPARTMENT);

        assertThatThrownBy(() -> reminders.sendAll(List.of(request))).isInstanceOf(NotificationFailed.class);
        reminders.sendAll(List.of(request));

        assertThat(failing.recorded.drain())
                .extracting(RecordingSmsGateway.Sms::phone)
                .containsExactly(PHONE, OTHER_PHONE);
        assertThat(mail.drain()).hasSize(1);
        assertThat(outcome("failed")).isEqualTo(1);
        assertThat(outcome("sent")).isEqualTo(1);
    }

    @Test
    void aNodeWithoutContactsIsCountedAndNothingGoes() {
        reminders(sms).sendAll(List.of(CaseFixtures.anyReminderTo("330281-D03")));

        assertThat(sms.drain()).isEmpty();
        assertThat(mail.drain()).isEmpty();
        assertThat(messages.all()).isEmpty();
        assertThat(outcome("no_contacts")).isEqualTo(1);
    }

    private CaseReminders reminders(SmsGateway gateway) {
        return new CaseReminders(contacts, messages, gateway, mail, pseudonyms, clock, meters);
    }

    private double outcome(String outcome) {
        Counter counter =
                meters.find(CaseReminders.METRIC).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Refuses the first message to one phone, then takes everything. */
    private static final class FailingOnce implements SmsGateway {

        private final String phone;
        private final RecordingSmsGateway recorded = new RecordingSmsGateway();
        private boolean failed;

        FailingOnce(String phone) {
            this.phone = phone;
        }

        @Override
        public void send(String to, String text) {
            if (!failed && to.equals(phone)) {
                failed = true;
                throw new NotificationFailed("the SMS gateway answered 503");
            }
            recorded.send(to, text);
        }
    }
}
