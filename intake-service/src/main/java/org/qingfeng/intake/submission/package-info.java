/** Taking a warning item in: validation, receipt, and the answer once the broker has acknowledged it. */
@NullMarked
package org.qingfeng.intake.submission;

import org.jspecify.annotations.NullMarked;
