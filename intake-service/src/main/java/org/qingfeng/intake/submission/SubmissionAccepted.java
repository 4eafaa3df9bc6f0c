package org.qingfeng.intake.submission;

import java.time.Instant;
import java.util.UUID;
import org.qingfeng.intake.item.rules.ItemStatus;

/**
 * The answer to a submission that is durable: the only time the receipt is shown.
 *
 * @param receipt grouped for reading, such as {@code 7Q2M-…}
 */
record SubmissionAccepted(UUID itemId, String receipt, ItemStatus status, Instant submittedAt) {}
