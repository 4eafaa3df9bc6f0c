/** The console's disposal pages: cases by colour and deadline, a case's page, the department inbox, the bulletin. */
@NullMarked
package org.qingfeng.gateway.console.disposal;

import org.jspecify.annotations.NullMarked;
