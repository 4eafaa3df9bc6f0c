/** Facts published by intake-service: the network registry and the warning items people submit. */
@NullMarked
package org.qingfeng.contracts.intake;

import org.jspecify.annotations.NullMarked;
