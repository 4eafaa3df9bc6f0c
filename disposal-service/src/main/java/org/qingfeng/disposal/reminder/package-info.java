/** Reminders before a case's deadlines, asked of intake, which holds the recipients' sealed contacts. */
@NullMarked
package org.qingfeng.disposal.reminder;

import org.jspecify.annotations.NullMarked;
