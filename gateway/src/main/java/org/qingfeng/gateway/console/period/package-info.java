/**
 * The console's 期间 page: a year's months and quarters with their close state, and one period's
 * versions, frozen figures, changes between versions and live differences, with close and reopen.
 */
@NullMarked
package org.qingfeng.gateway.console.period;

import org.jspecify.annotations.NullMarked;
