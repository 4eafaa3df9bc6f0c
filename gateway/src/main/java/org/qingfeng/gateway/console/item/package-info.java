/** 事项详情: one item for staff, with its attachments, matches and follow-up thread, and the question form. */
@NullMarked
package org.qingfeng.gateway.console.item;

import org.jspecify.annotations.NullMarked;
