/**
 * Silence is a signal too: reporting units that filed late or not at all, from intake's compliance
 * topic. This is where disposal will open cases on missing and late reports (issue 7).
 */
@NullMarked
package org.qingfeng.disposal.signal;

import org.jspecify.annotations.NullMarked;
