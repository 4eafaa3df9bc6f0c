package org.qingfeng.analysis.ledger;

import java.util.List;

/** A month's ledger: one row per township and subject area, sorted, with the month's total. */
record Ledger(String month, int total, List<LedgerRow> rows) {

    static Ledger of(String month, List<LedgerRow> rows) {
        return new Ledger(month, rows.stream().mapToInt(LedgerRow::count).sum(), rows);
    }
}
