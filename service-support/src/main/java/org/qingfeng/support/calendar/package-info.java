/** The working-day calendar every deadline is counted on, with the published yearly tables. */
@NullMarked
package org.qingfeng.support.calendar;

import org.jspecify.annotations.NullMarked;
