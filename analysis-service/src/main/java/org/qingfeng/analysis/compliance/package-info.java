/** How reporting units kept their reports, from intake's compliance topic: the flags analysis reads. */
@NullMarked
package org.qingfeng.analysis.compliance;

import org.jspecify.annotations.NullMarked;
