/** The single entry point: routes with circuit breakers, fallbacks and the staff console. */
@NullMarked
package org.qingfeng.gateway;

import org.jspecify.annotations.NullMarked;
