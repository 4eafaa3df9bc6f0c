/** The network tree in memory, from intake's compacted registry topic, for scoping who reads which records. */
@NullMarked
package org.qingfeng.audit.network;

import org.jspecify.annotations.NullMarked;
