package org.qingfeng.contracts.analysis;

/** How serious the work station judged an item or a finding, from 一般 to 特别严重. */
public enum Severity {
    /** 一般 */
    MINOR,
    /** 较重 */
    MODERATE,
    /** 严重 */
    SERIOUS,
    /** 特别严重 */
    GRAVE
}
