package org.qingfeng.contracts.intake;

/** Where a monitoring point (预警信息监测点) sits. */
public enum MonitoringHost {
    /** 机关部门 */
    DEPARTMENT,
    /** 医院 */
    HOSPITAL,
    /** 学校 */
    SCHOOL,
    /** 工业园区 */
    INDUSTRIAL_PARK,
    /** 重点区域: a key area such as a large project site */
    KEY_AREA
}
