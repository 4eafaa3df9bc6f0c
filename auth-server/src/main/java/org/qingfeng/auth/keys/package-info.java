/** The RSA key the tokens are signed with: configured, or made once and kept so that tokens survive a restart. */
@NullMarked
package org.qingfeng.auth.keys;

import org.jspecify.annotations.NullMarked;
