/**
 * The console's 风险点台账 page: analysis's risk-point register with its flags, the form that
 * records or edits a point, self-checks, the workbook template, export and import, and the month's
 * gaps (accepted items that fire no risk point).
 */
@NullMarked
package org.qingfeng.gateway.console.register;

import org.jspecify.annotations.NullMarked;
