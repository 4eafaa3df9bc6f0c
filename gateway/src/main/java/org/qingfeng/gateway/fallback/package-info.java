/** What a client receives when a service is down or its circuit breaker is open. */
@NullMarked
package org.qingfeng.gateway.fallback;

import org.jspecify.annotations.NullMarked;
