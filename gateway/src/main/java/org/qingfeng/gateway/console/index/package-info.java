/**
 * The console's 廉情指数 page: analysis's quarterly integrity index per node (score, grade,
 * completeness, each deduction with the items, warnings and findings behind it) and each node's
 * trend.
 */
@NullMarked
package org.qingfeng.gateway.console.index;

import org.jspecify.annotations.NullMarked;
