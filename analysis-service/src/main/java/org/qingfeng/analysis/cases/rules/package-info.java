/** A case's history folded into what the figures need (highest colour, referral, verification, standing): plain Java. */
@NullMarked
package org.qingfeng.analysis.cases.rules;

import org.jspecify.annotations.NullMarked;
