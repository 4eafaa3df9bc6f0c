/** The work station's desk of disposal cases: lists, figures, the detail, and its steps (talks, verification, referral). */
@NullMarked
package org.qingfeng.disposal.station;

import org.jspecify.annotations.NullMarked;
