package org.qingfeng.intake.item;

import java.util.UUID;
import org.qingfeng.intake.item.rules.ItemStatus;

/**
 * The follow-up conversation a receipt holder sees with the status, provided by the follow-up
 * feature: items answer the status, follow-up owns the thread, and neither reaches into the other.
 */
public interface ReceiptThreads {

    /** The questions and the submitter's own answers and confirmations, oldest first. */
    ReceiptThread of(UUID itemId, ItemStatus status);
}
