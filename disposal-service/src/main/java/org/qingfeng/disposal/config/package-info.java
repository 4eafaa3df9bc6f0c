/** Wiring only: topics and the listener's error handler. */
@NullMarked
package org.qingfeng.disposal.config;

import org.jspecify.annotations.NullMarked;
