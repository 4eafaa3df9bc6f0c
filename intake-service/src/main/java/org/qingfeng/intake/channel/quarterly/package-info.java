/** A monitoring point's or city unit's quarterly report: its four parts, its items, and the filing of its window. */
@NullMarked
package org.qingfeng.intake.channel.quarterly;

import org.jspecify.annotations.NullMarked;
