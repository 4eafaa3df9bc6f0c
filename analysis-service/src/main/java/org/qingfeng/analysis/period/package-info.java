/** Period close: monthly and quarterly figures frozen in versions, reopened only as a new version. */
@NullMarked
package org.qingfeng.analysis.period;

import org.jspecify.annotations.NullMarked;
