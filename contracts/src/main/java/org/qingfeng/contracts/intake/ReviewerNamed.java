package org.qingfeng.contracts.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * Intake found a reviewer's registered name among the persons an item concerns. Only the item and
 * the staff account travel: never the name, never which words matched. Analysis keeps the item off
 * that reviewer's triage board.
 *
 * @param reviewerSubject the staff account (a subject id)
 */
public record ReviewerNamed(UUID eventId, Instant occurredAt, UUID itemId, String reviewerSubject) {}
