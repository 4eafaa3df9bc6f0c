/** Which compliance states are signals and which one stands: plain Java. */
@NullMarked
package org.qingfeng.disposal.signal.rules;

import org.jspecify.annotations.NullMarked;
