/** The staff console: recent items, recent warnings and warnings by colour, read from the services. */
@NullMarked
package org.qingfeng.gateway.console;

import org.jspecify.annotations.NullMarked;
