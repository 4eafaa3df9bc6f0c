package org.qingfeng.disposal.notice;

import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.disposal.cases.NoticeTitles;
import org.qingfeng.disposal.notice.rules.RungTitles;
import org.springframework.stereotype.Component;

/** The title by the notice step's rung, as the notice itself prints it ({@link RungTitles}). */
@Component
public class RungNoticeTitles implements NoticeTitles {

    private final boolean orangeAsRectification;

    public RungNoticeTitles(NoticeProperties properties) {
        this.orangeAsRectification = properties.orangeAsRectification();
    }

    @Override
    public String titleOf(CaseStepped notice) {
        return RungTitles.titleOf(notice.rungCode(), orangeAsRectification);
    }
}
