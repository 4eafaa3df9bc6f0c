/** Wiring only: topics, dead-letter topics, the listeners' error handler and the clock. */
@NullMarked
package org.qingfeng.analysis.config;

import org.jspecify.annotations.NullMarked;
