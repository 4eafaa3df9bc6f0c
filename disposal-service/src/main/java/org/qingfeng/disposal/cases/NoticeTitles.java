package org.qingfeng.disposal.cases;

import org.qingfeng.contracts.disposal.CaseStepped;

/** The title of the notice a {@link CaseStepped.Step#NOTICE_ISSUED} step issued, such as 廉政预警通知书. */
public interface NoticeTitles {

    String titleOf(CaseStepped notice);
}
