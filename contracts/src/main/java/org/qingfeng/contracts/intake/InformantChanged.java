package org.qingfeng.contracts.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The public state of one informant, under their keyed pseudonym only. The topic is compacted on the
 * token; its latest record per informant is the roster the other services see.
 *
 * <p>Deliberately thin: no name, number, contact, background or role. A background such as "lawyer"
 * joined with a village could single a person out, so it stays in intake's sealed store.
 *
 * @param informantToken keyed pseudonym ({@code inf-} and 26 Crockford base32 characters), stable for
 *     the informant's whole service, not reversible without intake's key
 * @param homeNodeCode the point the informant belongs to: a township, city unit, village, group or
 *     monitoring point
 * @param appointedOn the day of appointment
 * @param version counts the changes to this informant, so a consumer can keep the newest
 */
public record InformantChanged(
        UUID eventId,
        Instant occurredAt,
        String informantToken,
        String homeNodeCode,
        InformantType type,
        InformantStatus status,
        LocalDate appointedOn,
        long version) {}
