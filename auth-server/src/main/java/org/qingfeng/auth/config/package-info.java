/** Wiring only: the security filter chains, the authorization server's settings, the topics, the clock. */
@NullMarked
package org.qingfeng.auth.config;

import org.jspecify.annotations.NullMarked;
