package org.qingfeng.analysis.ledger;

import java.time.YearMonth;

/**
 * The identity of one ledger line, used as its {@code _id}: {@code <yyyy-MM>|<townshipCode>|<subjectArea>}.
 * Putting the month and township first lets a month, or a township within it, be read as a range
 * of ids, which every store serves from its primary index.
 */
record LedgerKey(YearMonth month, String townshipCode, String subjectArea) {

    private static final char SEPARATOR = '|';
    private static final char AFTER_SEPARATOR = SEPARATOR + 1;

    String id() {
        return month + String.valueOf(SEPARATOR) + townshipCode + SEPARATOR + subjectArea;
    }

    /** The ids of a month, or of one township in it: from {@code first} inclusive to {@code end} exclusive. */
    record Range(String first, String end) {

        static Range of(YearMonth month) {
            return startingWith(month.toString() + SEPARATOR);
        }

        static Range of(YearMonth month, String townshipCode) {
            return startingWith(month.toString() + SEPARATOR + townshipCode + SEPARATOR);
        }

        private static Range startingWith(String prefix) {
            return new Range(prefix, prefix.substring(0, prefix.length() - 1) + AFTER_SEPARATOR);
        }
    }
}
