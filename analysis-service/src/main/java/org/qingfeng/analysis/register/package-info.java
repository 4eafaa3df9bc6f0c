/** The risk-point register (廉政风险点台账): points, levels, self-checks, rotation, firing points and gaps. */
@NullMarked
package org.qingfeng.analysis.register;

import org.jspecify.annotations.NullMarked;
