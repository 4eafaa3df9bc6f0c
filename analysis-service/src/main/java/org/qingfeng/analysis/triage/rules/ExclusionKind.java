package org.qingfeng.analysis.triage.rules;

/**
 * Why an item is kept off a reviewer's board: the three ties a reviewer declares, and intake finding
 * the reviewer named in the item. Listed in the order the first matching one is given as the reason.
 */
public enum ExclusionKind {
    /** 本乡镇: the item's township is the reviewer's declared home township. */
    HOME_TOWNSHIP,
    /** 关联单位: the item concerns a unit the reviewer declared a tie to. */
    UNIT,
    /** 声明回避: the reviewer declared a conflict on this very item. */
    ITEM,
    /** 被举报人同名: intake found a name the reviewer registered among the persons the item concerns. */
    NAMED
}
