/**
 * The console's 信息员 page: the roster under a node by pseudonymous token, appointment (identity
 * fields write-only), status, training and contact. Identity is sent to intake and never shown.
 */
@NullMarked
package org.qingfeng.gateway.console.informant;

import org.jspecify.annotations.NullMarked;
