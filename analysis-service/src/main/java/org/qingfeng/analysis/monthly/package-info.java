/** The monthly analysis (月分析), method {@code monthly-1}: aggregates kept as items arrive, salient problems found and published. */
@NullMarked
package org.qingfeng.analysis.monthly;

import org.jspecify.annotations.NullMarked;
