/** What a triage decision must say, and the fact it becomes: plain Java. */
@NullMarked
package org.qingfeng.analysis.triage.rules;

import org.jspecify.annotations.NullMarked;
