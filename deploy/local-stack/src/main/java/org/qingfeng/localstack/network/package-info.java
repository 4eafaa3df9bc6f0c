/** The demo county network and sample items that the local stack, the system test and the bench load. */
@NullMarked
package org.qingfeng.localstack.network;

import org.jspecify.annotations.NullMarked;
