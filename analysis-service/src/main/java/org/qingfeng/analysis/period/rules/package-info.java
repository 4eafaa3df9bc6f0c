/** Periods, frozen figures, their digest and their differences: plain Java. */
@NullMarked
package org.qingfeng.analysis.period.rules;

import org.jspecify.annotations.NullMarked;
