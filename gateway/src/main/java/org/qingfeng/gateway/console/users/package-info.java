/** The console's 用户 page: the authorization server's staff accounts, listed, created, changed and unlocked. */
@NullMarked
package org.qingfeng.gateway.console.users;

import org.jspecify.annotations.NullMarked;
