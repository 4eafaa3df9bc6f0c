/**
 * The reporting rhythm: filing reports, the windows listing, reminder recipients, and the checker
 * that flags missing reports and sends reminders.
 */
@NullMarked
package org.qingfeng.intake.rhythm;

import org.jspecify.annotations.NullMarked;
