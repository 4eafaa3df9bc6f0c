package org.qingfeng.support.security;

/**
 * The roles of the network, each held at one node of the network tree (the token's {@code node}
 * claim). A role never reaches above its node: a township's staff see their township's subtree.
 */
public enum Role {
    /** 信息员: submits items and follows them up. */
    INFORMANT,
    /** 乡镇（街道）报送点工作人员: the township's items, informants and reports. */
    TOWNSHIP_STAFF,
    /** 监测点工作人员: the monitoring point's reports and items. */
    MONITORING_STAFF,
    /** 预警信息工作站工作人员: triage, analysis, disposal and the roster of the whole county. */
    WORK_STATION_STAFF,
    /** 身份保管人: the only role that may open an informant's sealed identity, always with a reason. */
    IDENTITY_CUSTODIAN,
    /** 部门联络人: the department's own notices and replies. */
    DEPARTMENT_OFFICER,
    /** 网络管理员: the registry and the user accounts. */
    NETWORK_ADMIN;

    /** The Spring Security authority of this role, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
