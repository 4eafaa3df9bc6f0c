package org.qingfeng.contracts.intake;

/** The kinds of node in the network tree: work station, reporting, collection and monitoring points. */
public enum NodeKind {
    /** 县/市: the root region. */
    COUNTY,
    /** 预警信息工作站 */
    WORK_STATION,
    /** 乡镇/街道: a township, also a reporting point (预警信息报送点). */
    TOWNSHIP,
    /** 市直单位: a city-direct network unit, reports quarterly. */
    CITY_UNIT,
    /** 村/社区: a village or community, also a collection point (预警信息采集点). */
    VILLAGE,
    /** 预警信息监测点 */
    MONITORING_POINT,
    /** 被示警单位 / 业务主管部门 */
    DEPARTMENT,
    /** 预警信息员: only a pseudonymous code and an alias, never personal data. */
    INFORMANT
}
