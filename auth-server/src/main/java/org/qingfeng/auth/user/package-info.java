/** The user accounts in Mongo and the network administrators' API over them, scoped to the administrator's subtree. */
@NullMarked
package org.qingfeng.auth.user;

import org.jspecify.annotations.NullMarked;
