/** The network tree as this server knows it, read whole from intake's compacted registry topic on every start. */
@NullMarked
package org.qingfeng.auth.network;

import org.jspecify.annotations.NullMarked;
