/**
 * The console's 考核 page: analysis's yearly ranking of informants under their tokens, with the
 * figures and recommendations, and the decision a network manager records on each.
 */
@NullMarked
package org.qingfeng.gateway.console.assessment;

import org.jspecify.annotations.NullMarked;
