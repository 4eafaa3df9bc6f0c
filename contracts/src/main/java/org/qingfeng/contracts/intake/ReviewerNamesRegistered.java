package org.qingfeng.contracts.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reviewer's names (their own and the ones they must not judge: spouse, close relatives), as keyed
 * digests only, for intake to match against the persons items concern. Intake's private topic,
 * compacted by reviewer; the latest record replaces the earlier list.
 *
 * @param reviewerSubject the staff account, a subject id
 * @param nameDigests {@code Pseudonyms.digest("person", name)} of each name, never the names
 */
public record ReviewerNamesRegistered(
        UUID eventId, Instant occurredAt, String reviewerSubject, List<String> nameDigests) {}
