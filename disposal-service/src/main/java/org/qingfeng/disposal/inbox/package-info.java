/** A department's inbox: the cases addressed to it, acknowledgement of receipt and the reply with its files. */
@NullMarked
package org.qingfeng.disposal.inbox;

import org.jspecify.annotations.NullMarked;
