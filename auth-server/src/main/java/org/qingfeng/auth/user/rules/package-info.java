/** What a valid account looks like: username, password, roles and node, as plain Java. */
@NullMarked
package org.qingfeng.auth.user.rules;

import org.jspecify.annotations.NullMarked;
