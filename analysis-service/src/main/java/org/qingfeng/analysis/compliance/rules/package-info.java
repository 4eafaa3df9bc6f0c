/** Which compliance state stands, and which ranges may be asked for: plain Java. */
@NullMarked
package org.qingfeng.analysis.compliance.rules;

import org.jspecify.annotations.NullMarked;
