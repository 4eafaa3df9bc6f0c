/** The event records that cross service boundaries, the topic catalogue and their JSON form. */
@NullMarked
package org.qingfeng.contracts;

import org.jspecify.annotations.NullMarked;
