package org.qingfeng.intake.rhythm.rules;

import java.time.LocalDate;

/**
 * The working-day calendar as the rules need it. Asked about a year it has no table for, it throws:
 * a deadline is never guessed.
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate day);

    /** {@code day} if it is a working day, else the next one (顺延). */
    LocalDate onOrAfter(LocalDate day);
}
