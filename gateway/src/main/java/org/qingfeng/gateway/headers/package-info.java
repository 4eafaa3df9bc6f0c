/** Browser security headers on everything the gateway itself serves. */
@NullMarked
package org.qingfeng.gateway.headers;

import org.jspecify.annotations.NullMarked;
