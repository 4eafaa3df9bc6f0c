/** What the tokens say: the registered clients from configuration and the claims every service reads (roles, node, audience). */
@NullMarked
package org.qingfeng.auth.token;

import org.jspecify.annotations.NullMarked;
