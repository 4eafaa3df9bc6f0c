package org.qingfeng.analysis.ledger;

/** One line of a month's ledger as the API shows it: no item ids. */
record LedgerRow(String townshipCode, String subjectArea, int count) {}
