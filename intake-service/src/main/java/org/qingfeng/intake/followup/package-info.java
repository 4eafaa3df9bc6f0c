/** The anonymous follow-up of an item: staff ask, the receipt holder answers and confirms the rectification. */
@NullMarked
package org.qingfeng.intake.followup;

import org.jspecify.annotations.NullMarked;
