package org.qingfeng.disposal.cases.rules;

/** What a rung asks of the recipient, which decides the steps the machine allows on it. */
public enum RungKind {
    /** A written explanation (情况说明, 提醒, 函询): a reply, then the station's verdict. */
    EXPLANATION,
    /** A talk (谈话, 约谈, 诫勉): scheduled, its record uploaded, then a written commitment. */
    TALK,
    /** A rectification (整改): a rectification report, then the station's verdict. */
    RECTIFICATION,
    /** A referral (立案调查, 处置, 红牌): reaching it ends the case; no deadline. */
    REFERRAL
}
