/** 代录 · 月报批量导入 · 季度报告: staff enter items on someone's behalf, in a monthly batch or with a quarterly report. */
@NullMarked
package org.qingfeng.gateway.console.entry;

import org.jspecify.annotations.NullMarked;
