/** The public report form and the receipt follow-up: no sign-in, no script needed, a phone first. */
@NullMarked
package org.qingfeng.gateway.report;

import org.jspecify.annotations.NullMarked;
