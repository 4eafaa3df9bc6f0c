/**
 * The work station's decision on an item (采用, 重复, 关联, 不实, 恶意), published as {@code ItemTriaged};
 * the seam the monthly triage board grows on.
 */
@NullMarked
package org.qingfeng.analysis.triage;

import org.jspecify.annotations.NullMarked;
