/** Token-bucket rate limits per signed-in principal and per client address for anonymous writes. */
@NullMarked
package org.qingfeng.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
