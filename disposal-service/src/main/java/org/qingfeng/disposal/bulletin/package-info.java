/** The monthly rectification bulletin (整改情况通报) as JSON, PDF and OFD. */
@NullMarked
package org.qingfeng.disposal.bulletin;

import org.jspecify.annotations.NullMarked;
