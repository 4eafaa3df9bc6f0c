/** Disposal cases on a warning ladder: opened from findings and immediate items, stepped by the clock and by people. */
@NullMarked
package org.qingfeng.disposal.cases;

import org.jspecify.annotations.NullMarked;
