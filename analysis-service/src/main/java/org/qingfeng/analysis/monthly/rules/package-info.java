/** The monthly analysis's statistics and its aggregate arithmetic (method {@code monthly-1}): plain Java. */
@NullMarked
package org.qingfeng.analysis.monthly.rules;

import org.jspecify.annotations.NullMarked;
