/**
 * Every service checks the caller's token itself, whatever network position the request came from:
 * a JWT resource server (RS256 only, issuer, audience and expiry checked), the caller as an {@link
 * org.qingfeng.support.security.Actor} with roles scoped to one network node, and {@link
 * org.qingfeng.support.security.Scopes} to hold every read, list and aggregate to that node's subtree.
 * Auto-configured for servlet services; 401 and 403 are answered as problem details.
 */
@NullMarked
package org.qingfeng.support.security;

import org.jspecify.annotations.NullMarked;
