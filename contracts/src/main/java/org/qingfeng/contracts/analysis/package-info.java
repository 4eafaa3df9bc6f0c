/** Events analysis-service publishes. */
@NullMarked
package org.qingfeng.contracts.analysis;

import org.jspecify.annotations.NullMarked;
