/**
 * The console's 报送 page: intake's expected-report windows per reporting unit with their states,
 * and disposal's signals about late and missing reports.
 */
@NullMarked
package org.qingfeng.gateway.console.reporting;

import org.jspecify.annotations.NullMarked;
