package org.qingfeng.contracts.intake;

/** An informant's standing. Submissions from anyone but an active informant are refused. */
public enum InformantStatus {
    /** 在任 */
    ACTIVE,
    /** 暂停: stopped for a while, for example during an inquiry into the informant */
    SUSPENDED,
    /** 解聘: dismissed; later submissions are refused on every channel */
    DISMISSED
}
