/** Wiring only: the dead-letter topic and the listener's error handler. */
@NullMarked
package org.qingfeng.analysis.config;

import org.jspecify.annotations.NullMarked;
