/** Which reply files are accepted, and how a file is cut into chunks and checked when put together again. */
@NullMarked
package org.qingfeng.disposal.attachment.rules;

import org.jspecify.annotations.NullMarked;
