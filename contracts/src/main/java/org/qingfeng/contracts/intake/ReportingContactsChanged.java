package org.qingfeng.contracts.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * Who at a reporting unit receives the reporting reminders, sealed: intake's own record, read by no
 * other service. Compacted on the unit code; the latest record is the unit's list.
 *
 * @param contacts the sealed JSON list of {@code {role, phone, email}}
 * @param count how many contacts the list holds, readable for the console
 */
public record ReportingContactsChanged(
        UUID eventId, Instant occurredAt, String unitCode, SealedBox contacts, int count) {}
