/** How failed passwords slow down and lock an account, as plain Java on instants and counts. */
@NullMarked
package org.qingfeng.auth.signin.rules;

import org.jspecify.annotations.NullMarked;
