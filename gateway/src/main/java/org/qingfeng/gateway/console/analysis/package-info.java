/**
 * The console's 月分析 page: analysis's monthly dashboard (totals, charts by township, subject and
 * channel, the trend), the findings with their evidence, and the form that publishes a finding.
 */
@NullMarked
package org.qingfeng.gateway.console.analysis;

import org.jspecify.annotations.NullMarked;
