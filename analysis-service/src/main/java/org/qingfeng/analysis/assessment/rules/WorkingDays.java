package org.qingfeng.analysis.assessment.rules;

import java.time.LocalDate;

/** The working-day calendar as the method needs it. */
@FunctionalInterface
public interface WorkingDays {

    /**
     * The working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}.
     *
     * @throws NoTable when a day in between falls in a year the calendar has no table for
     */
    int between(LocalDate from, LocalDate to);

    /** A year without a published working-day table: the items it touches are left out of the timely share. */
    final class NoTable extends RuntimeException {

        private final int year;

        public NoTable(int year) {
            super("no working-day table for " + year);
            this.year = year;
        }

        public int year() {
            return year;
        }
    }
}
