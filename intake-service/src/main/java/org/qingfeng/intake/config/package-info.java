/** Wiring only: topics, the listeners' error handler, the clock and the receipt digester. */
@NullMarked
package org.qingfeng.intake.config;

import org.jspecify.annotations.NullMarked;
