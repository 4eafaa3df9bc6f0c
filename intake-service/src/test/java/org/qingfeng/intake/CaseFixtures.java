package org.qingfeng.intake;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.ReminderRequested;

/**
 * Disposal's facts as intake reads them, built from the golden files of {@code disposal.case-steps.v1}
 * and {@code disposal.reminders.v1} with what a test needs changed.
 */
public final class CaseFixtures {

    private CaseFixtures() {}

    /** The golden step. */
    public static CaseStepped goldenStep() {
        return ContractFixtures.readAs(Topics.CASE_STEPS, CaseStepped.class);
    }

    /** The golden reminder request. */
    public static ReminderRequested goldenReminder() {
        return ContractFixtures.readAs(Topics.REMINDERS, ReminderRequested.class);
    }

    /**
     * Step {@code sequence} of case {@code caseId} about {@code itemIds}, leaving the case in {@code
     * state}; a fresh event id, and a time one hour later per sequence so the steps read in order.
     */
    public static CaseStepped stepOf(
            UUID caseId, long sequence, CaseStepped.Step step, CaseStepped.State state, List<UUID> itemIds) {
        CaseStepped g = goldenStep();
        return new CaseStepped(
                UUID.randomUUID(),
                g.occurredAt().plus(Duration.ofHours(sequence)),
                caseId,
                sequence,
                step,
                g.origin(),
                g.findingId(),
                List.copyOf(itemIds),
                g.unitCode(),
                g.townshipCode(),
                g.recipientCode(),
                g.stationCode(),
                g.post(),
                g.ladder(),
                g.ladderVersion(),
                g.rung(),
                g.rungCode(),
                g.colour(),
                state,
                g.dueAt(),
                g.acknowledgeBy(),
                g.severity(),
                g.policyVersion(),
                g.reason(),
                g.actor(),
                g.documentNumber(),
                g.text(),
                g.attachmentIds(),
                g.talkKind(),
                g.scheduledFor(),
                g.confirmation());
    }

    /** The golden reminder with a fresh event id, to {@code recipientCode}. */
    public static ReminderRequested anyReminderTo(String recipientCode) {
        ReminderRequested g = goldenReminder();
        return new ReminderRequested(
                UUID.randomUUID(),
                g.occurredAt(),
                g.caseId(),
                recipientCode,
                g.dueAt(),
                g.lead(),
                g.subject(),
                g.text());
    }
}
