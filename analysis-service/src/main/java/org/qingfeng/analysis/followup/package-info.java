/** The submitters' verdicts on rectifications, per item, from intake's follow-up topic (for issues 6 and 7). */
@NullMarked
package org.qingfeng.analysis.followup;

import org.jspecify.annotations.NullMarked;
