package org.qingfeng.contracts.intake;

/** 普通 or 特邀: a special-invited informant is appointed for their standing outside the commission. */
public enum InformantType {
    REGULAR,
    SPECIAL_INVITED
}
