/** The assessment method {@code assessment-1}: what counts, the score and the recommendation. Plain Java. */
@NullMarked
package org.qingfeng.analysis.assessment.rules;

import org.jspecify.annotations.NullMarked;
