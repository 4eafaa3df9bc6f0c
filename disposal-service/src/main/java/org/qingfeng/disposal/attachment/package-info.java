/** Case files (replies, talk records): chunked onto disposal's own topic, projected, reassembled for download. */
@NullMarked
package org.qingfeng.disposal.attachment;

import org.jspecify.annotations.NullMarked;
