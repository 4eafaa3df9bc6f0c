/** Wiring only: topics, dead-letter topics, the listeners' error handler, the clock. */
@NullMarked
package org.qingfeng.audit.config;

import org.jspecify.annotations.NullMarked;
