package org.qingfeng.analysis.assessment.rules;

/** What the method suggests to the network manager, who decides and has the decision recorded. */
public enum Recommendation {
    /** 表彰 */
    COMMEND,
    /** 解聘 */
    DISMISS,
    /** 无建议 */
    NONE
}
