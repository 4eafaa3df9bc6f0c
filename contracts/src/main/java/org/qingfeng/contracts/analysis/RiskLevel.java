package org.qingfeng.contracts.analysis;

/** The level of a risk point in the register: A high, B medium, C low (高/中/低). */
public enum RiskLevel {
    A,
    B,
    C
}
