/** How the projections write a poll: one unordered bulk write, duplicates of a concurrent writer tried once more. */
@NullMarked
package org.qingfeng.disposal.store;

import org.jspecify.annotations.NullMarked;
