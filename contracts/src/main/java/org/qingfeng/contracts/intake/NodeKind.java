package org.qingfeng.contracts.intake;

/**
 * The kinds of node in the network tree: the regions (county, township, village, group), the work
 * station, the points and the departments. Informants are not nodes: they travel on their own topic,
 * {@code intake.informant-changed.v1}, under a pseudonymous token.
 */
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
    /** 村民小组/网格: a group below a village, the smallest region. */
    GROUP,
    /** 预警信息监测点 */
    MONITORING_POINT,
    /** 被示警单位 / 业务主管部门 */
    DEPARTMENT
}
