package org.qingfeng.intake.rhythm;

import java.time.Instant;

/** The reminders already sent: a reminder goes only to whoever claims it first. */
interface ReminderClaims {

    /** True if this call claimed {@code unit|period|kind}; false if it was claimed before, by anyone. */
    boolean claim(String key, Instant at);
}
