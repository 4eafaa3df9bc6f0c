package org.qingfeng.contracts.intake;

/** How fast an item must be looked at: monitoring points report important items immediately. */
public enum Urgency {
    ROUTINE,
    IMMEDIATE
}
