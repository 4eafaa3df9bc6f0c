/** Readiness checks that Spring Boot does not provide. */
@NullMarked
package org.qingfeng.analysis.health;

import org.jspecify.annotations.NullMarked;
