/** Intake service: takes warning items in, keeps the network registry and the items' status. */
@NullMarked
package org.qingfeng.intake;

import org.jspecify.annotations.NullMarked;
