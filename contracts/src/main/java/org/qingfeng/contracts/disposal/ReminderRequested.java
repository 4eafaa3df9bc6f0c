package org.qingfeng.contracts.disposal;

import java.time.Instant;
import java.util.UUID;

/**
 * Disposal asks for a reminder to a case's recipient before a deadline. Intake holds the sealed
 * contacts of every node and the SMS and e-mail senders, so intake sends it to the recipient's
 * contacts; disposal never sees a phone number or an address.
 *
 * @param eventId derived from the case, the step sequence and {@code lead}, so a sweep that runs again
 *     asks for the same reminder once
 * @param recipientCode the node whose contacts are reminded
 * @param dueAt the deadline reminded of
 * @param lead how long before the deadline this reminder is, like {@code P2D} or {@code PT4H}
 * @param subject a short subject line for e-mail (Chinese first)
 * @param text the message: the document number, what is due and when; nothing about items or informants
 */
public record ReminderRequested(
        UUID eventId,
        Instant occurredAt,
        UUID caseId,
        String recipientCode,
        Instant dueAt,
        String lead,
        String subject,
        String text) {}
