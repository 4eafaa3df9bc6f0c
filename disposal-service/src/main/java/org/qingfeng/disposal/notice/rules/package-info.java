/** What a notice says, composed from whitelisted case fields only, its guard and its page layout: plain Java. */
@NullMarked
package org.qingfeng.disposal.notice.rules;

import org.jspecify.annotations.NullMarked;
