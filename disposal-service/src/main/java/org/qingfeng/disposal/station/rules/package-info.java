/** How the station's cases are filtered, ordered and counted, and which requests are well formed: plain Java. */
@NullMarked
package org.qingfeng.disposal.station.rules;

import org.jspecify.annotations.NullMarked;
