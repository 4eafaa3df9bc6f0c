package org.qingfeng.contracts.analysis;

/** What the work station decided about one item when sorting the month's items. */
public enum TriageDecision {
    /** 采用: accepted as a warning item to act on. */
    ACCEPTED,
    /** 重复: the same incident reported again; merged into an earlier item. */
    DUPLICATE,
    /** 关联: the same problem elsewhere; linked to a known problem. */
    LINKED,
    /** 不实: found unfounded. */
    UNFOUNDED,
    /** 恶意: found malicious, a false accusation. */
    MALICIOUS
}
