package org.qingfeng.contracts.intake;

/** Who submitted an item, never who they are: identity stays sealed inside intake. */
public enum SubmitterKind {
    ANONYMOUS,
    INFORMANT,
    MONITORING_POINT,
    STAFF_ON_BEHALF
}
