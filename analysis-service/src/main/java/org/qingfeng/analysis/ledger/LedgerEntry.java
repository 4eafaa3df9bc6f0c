package org.qingfeng.analysis.ledger;

import java.util.UUID;
import org.qingfeng.contracts.intake.ItemSubmitted;

/** One item to count, with the ledger line it belongs to. */
record LedgerEntry(UUID itemId, LedgerKey key) {

    static LedgerEntry of(ItemSubmitted submitted, ReportingMonth reportingMonth) {
        LedgerKey key = new LedgerKey(
                reportingMonth.of(submitted.occurredAt()),
                submitted.item().townshipCode(),
                submitted.item().subjectArea());
        return new LedgerEntry(submitted.itemId(), key);
    }
}
