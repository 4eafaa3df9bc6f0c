package org.qingfeng.gateway;

/** The authorization server's accounts as its admin API lists them: ids, names, roles, never a password. */
final class UsersFixtures {

    private UsersFixtures() {}

    /** An administrator at the work station, a township's staff and a locked, disabled account. */
    static String anyUsers() {
        return """
                {"users": [
                  {"id":"u-0001","username":"ws-admin","displayName":"林管理员",
                   "roles":["WORK_STATION_STAFF","NETWORK_ADMIN"],"node":"330281-WS","enabled":true,"locked":false},
                  {"id":"u-0003","username":"qs-staff","displayName":"青山镇报送员",
                   "roles":["TOWNSHIP_STAFF"],"node":"330281-102","enabled":false,"locked":true},
                  {"id":"u-0002","username":"cg-staff","displayName":"城关镇工作人员",
                   "roles":["TOWNSHIP_STAFF"],"node":"330281-101","enabled":true,"locked":false}
                ]}
                """;
    }
}
