/** The ladders, the one state machine that climbs them, deadlines in working days and the first-colour policy: plain Java. */
@NullMarked
package org.qingfeng.disposal.cases.rules;

import org.jspecify.annotations.NullMarked;
