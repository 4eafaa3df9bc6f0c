/** Wiring only: topics, dead-letter topics and the listeners' error handler. */
@NullMarked
package org.qingfeng.disposal.config;

import org.jspecify.annotations.NullMarked;
