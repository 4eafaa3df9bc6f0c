/** Sign-in for the console (OIDC), bearer checks on the API, token relay, CSRF and sign-out. */
@NullMarked
package org.qingfeng.gateway.security;

import org.jspecify.annotations.NullMarked;
