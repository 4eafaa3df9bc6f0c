/** When a reminder is due: leads before a deadline in working days or hours. */
@NullMarked
package org.qingfeng.disposal.reminder.rules;

import org.jspecify.annotations.NullMarked;
