package org.qingfeng.contracts.intake;

/** The five risk categories of the risk-point register (廉政风险点台账). */
public enum RiskCategory {
    /** 思想道德 */
    IDEOLOGY_AND_MORALS,
    /** 岗位职责 */
    POST_DUTIES,
    /** 业务流程 */
    BUSINESS_PROCESS,
    /** 制度机制 */
    INSTITUTIONS_AND_MECHANISMS,
    /** 外部环境 */
    EXTERNAL_ENVIRONMENT
}
