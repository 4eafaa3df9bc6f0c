/** Which follow-up steps are verdicts, and which verdict of an item counts; plain Java. */
@NullMarked
package org.qingfeng.analysis.followup.rules;

import org.jspecify.annotations.NullMarked;
