package org.qingfeng.disposal.reminder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.ReminderRequested;
import org.qingfeng.disposal.DisposalProperties;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.disposal.reminder.rules.ReminderSchedule;
import org.qingfeng.disposal.reminder.rules.ReminderSchedule.Lead;
import org.qingfeng.support.kafka.Acks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sweeps the unfinished cases and asks intake ({@code disposal.reminders.v1}) to remind each recipient
 * before its deadlines: the reply's while the case waits for one, the acknowledgement's while an
 * immediate case waits for that. The event id is derived from the case, the sequence of the step that
 * set the deadline and the lead, so a sweep that runs again, or on another instance, asks for the same
 * reminder, which intake drops by its id; each instance also remembers what it asked for until the
 * deadline passes, so it does not send the copy at all.
 */
@Component
public class ReminderSweep {

    private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);

    private final ObjectProvider<Cases> cases;
    private final ReminderSchedule schedule;
    private final KafkaTemplate<String, Object> kafka;
    private final ObjectProvider<Clock> clock;
    private final ReminderProperties properties;
    private final ReminderTexts texts;
    private final Duration timeout;
    private final Counter requested;
    private final Map<UUID, Instant> asked = new ConcurrentHashMap<>();

    ReminderSweep(
            ObjectProvider<Cases> cases,
            ReminderSchedule schedule,
            KafkaTemplate<String, Object> kafka,
            ObjectProvider<Clock> clock,
            ReminderProperties properties,
            DisposalProperties disposal,
            MeterRegistry registry) {
        this.cases = cases;
        this.schedule = schedule;
        this.kafka = kafka;
        this.clock = clock;
        this.properties = properties;
        this.texts = new ReminderTexts(properties.zone());
        this.timeout = disposal.kafka().publishTimeout();
        this.requested = Counter.builder("disposal.reminders.requested")
                .description("Reminders asked of intake before a case's deadline")
                .register(registry);
    }

    @Scheduled(
            fixedDelayString = "${disposal.reminders.fixed-delay:PT5M}",
            initialDelayString = "${disposal.reminders.fixed-delay:PT5M}")
    void onSchedule() {
        if (properties.enabled()) {
            try {
                sweep();
            } catch (RuntimeException e) {
                log.warn("Reminder sweep failed, the next one tries again: {}", e.toString());
            }
        }
    }

    /** One sweep at the clock's now. */
    public int sweep() {
        return sweep(clock.getIfAvailable(Clock::systemUTC).instant());
    }

    /**
     * @return how many reminders were asked for
     * @throws Acks.AckFailed when the broker did not take them; none counts as asked, the next sweep asks again
     */
    int sweep(Instant now) {
        Cases all = cases.getIfAvailable();
        if (all == null) {
            return 0;
        }
        asked.values().removeIf(deadline -> !deadline.isAfter(now));
        List<ReminderRequested> due = new ArrayList<>();
        for (CaseView c : all.unfinished()) {
            reminders(c, now).stream()
                    .filter(r -> !asked.containsKey(r.eventId()))
                    .forEach(due::add);
        }
        if (due.isEmpty()) {
            return 0;
        }
        Acks.sendAll(
                kafka,
                due.stream()
                        .map(r -> new ProducerRecord<String, Object>(
                                Topics.REMINDERS.name(), r.caseId().toString(), r))
                        .toList(),
                timeout);
        due.forEach(r -> asked.put(r.eventId(), r.dueAt()));
        requested.increment(due.size());
        return due.size();
    }

    /** The reminders a case needs at {@code now}: at most one per deadline. */
    List<ReminderRequested> reminders(CaseView c, Instant now) {
        List<ReminderRequested> found = new ArrayList<>(2);
        boolean waitsForReply = c.state() == CaseStepped.State.OPEN || c.state() == CaseStepped.State.ACKNOWLEDGED;
        Instant dueAt = c.dueAt();
        if (waitsForReply && dueAt != null) {
            schedule.beforeDue(dueAt, now)
                    .ifPresent(lead -> found.add(request(
                            c,
                            lead,
                            dueAt,
                            since(c, CaseStepped::dueAt, dueAt),
                            ReminderTexts.DUE_SUBJECT,
                            texts.due(c, dueAt),
                            now)));
        }
        Instant acknowledgeBy = c.acknowledgeBy();
        if (c.state() == CaseStepped.State.OPEN && acknowledgeBy != null) {
            schedule.beforeAcknowledgement(acknowledgeBy, now)
                    .ifPresent(lead -> found.add(request(
                            c,
                            lead,
                            acknowledgeBy,
                            since(c, CaseStepped::acknowledgeBy, acknowledgeBy),
                            ReminderTexts.ACKNOWLEDGE_SUBJECT,
                            texts.acknowledge(c, acknowledgeBy),
                            now)));
        }
        return found;
    }

    /** The event id of the reminder of one deadline (set by step {@code sequence}) at one lead. */
    static UUID eventId(UUID caseId, long sequence, String lead) {
        return EventIds.derive("reminder", caseId + "|" + sequence + "|" + lead);
    }

    private static ReminderRequested request(
            CaseView c, Lead lead, Instant deadline, long sequence, String subject, String text, Instant now) {
        return new ReminderRequested(
                eventId(c.caseId(), sequence, lead.code()),
                now,
                c.caseId(),
                c.recipientCode(),
                deadline,
                lead.code(),
                subject,
                text);
    }

    /**
     * The sequence of the step that set the deadline: the earliest of the latest steps that all carry it.
     * An acknowledgement or a receipt holder's verdict keeps the deadline and so keeps the reminders' ids.
     */
    static long since(CaseView c, Function<CaseStepped, @Nullable Instant> deadline, Instant current) {
        long sequence = c.sequence();
        List<CaseStepped> history = c.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!Objects.equals(deadline.apply(history.get(i)), current)) {
                break;
            }
            sequence = history.get(i).sequence();
        }
        return sequence;
    }
}
