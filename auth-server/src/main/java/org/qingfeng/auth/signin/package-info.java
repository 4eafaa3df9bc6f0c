/** Signing in with a password: the login page, the slowdown and lockout, and the audit of every attempt. */
@NullMarked
package org.qingfeng.auth.signin;

import org.jspecify.annotations.NullMarked;
