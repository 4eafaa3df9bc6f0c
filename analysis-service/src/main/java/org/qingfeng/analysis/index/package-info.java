/** The integrity index (廉情指数): per unit and region per quarter, deductions linked to the facts behind them. */
@NullMarked
package org.qingfeng.analysis.index;

import org.jspecify.annotations.NullMarked;
