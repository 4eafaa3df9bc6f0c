/** analysis-service: counts warning items into monthly ledgers per township and subject area. */
@NullMarked
package org.qingfeng.analysis;

import org.jspecify.annotations.NullMarked;
