package org.qingfeng.disposal.notice.rules;

import org.jspecify.annotations.Nullable;

/**
 * Who a notice is from and to, named at township level or above (a village, group or monitoring
 * point is never named: it could point to whoever reported).
 *
 * @param organisation the issuing organisation, like 中共××县纪律检查委员会
 * @param recipientName the node the notice goes to
 * @param unitName the unit concerned when it is not the recipient (a competent department is told
 *     about a unit below it), else null
 * @param copyTo the 抄送 line's addressees, null for none
 */
public record NoticeParties(
        String organisation,
        String recipientName,
        @Nullable String unitName,
        @Nullable String copyTo) {}
