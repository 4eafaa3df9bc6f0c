/** Disposal's cases as analysis reads them back: the steps of {@code disposal.case-steps.v1} kept per case. */
@NullMarked
package org.qingfeng.analysis.cases;

import org.jspecify.annotations.NullMarked;
