/** A month's cases folded into the bulletin's rows and totals, and its wording: plain Java. */
@NullMarked
package org.qingfeng.disposal.bulletin.rules;

import org.jspecify.annotations.NullMarked;
