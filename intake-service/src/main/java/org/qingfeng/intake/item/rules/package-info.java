/** Item statuses (from the cases about an item) and the public fact derived from intake's own record; plain Java. */
@NullMarked
package org.qingfeng.intake.item.rules;

import org.jspecify.annotations.NullMarked;
