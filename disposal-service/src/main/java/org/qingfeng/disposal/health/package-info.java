/** Readiness checks that Spring Boot does not provide. */
@NullMarked
package org.qingfeng.disposal.health;

import org.jspecify.annotations.NullMarked;
