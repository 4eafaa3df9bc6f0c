package org.qingfeng.intake.rhythm;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Role;

/** A county with two townships, a city unit and a monitoring point, and the rhythm's settings. */
final class RhythmFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String COUNTY = "330281";
    static final String CHENGGUAN = "330281-101";
    static final String CHENGGUAN_VILLAGE = "330281-101-001";
    static final String DONGSHAN = "330281-102";
    static final String DONGSHAN_VILLAGE = "330281-102-001";
    static final String HOSPITAL = "330281-C01";
    static final String CLINIC_POINT = "330281-101-M01";
    static final String CLOSED_TOWNSHIP = "330281-109";

    private RhythmFixtures() {}

    static List<NetworkNode> anyCounty() {
        return List.of(
                node(COUNTY, NodeKind.COUNTY, "县", null),
                node(CHENGGUAN, NodeKind.TOWNSHIP, "城关镇", COUNTY),
                node(CHENGGUAN_VILLAGE, NodeKind.VILLAGE, "西湖村", CHENGGUAN),
                node(DONGSHAN, NodeKind.TOWNSHIP, "东山镇", COUNTY),
                node(DONGSHAN_VILLAGE, NodeKind.VILLAGE, "南岭村", DONGSHAN),
                node(HOSPITAL, NodeKind.CITY_UNIT, "县人民医院", COUNTY),
                node(CLINIC_POINT, NodeKind.MONITORING_POINT, "镇卫生院监测点", CHENGGUAN),
                new NetworkNode(CLOSED_TOWNSHIP, NodeKind.TOWNSHIP, "已撤并镇", COUNTY, null, false));
    }

    /** The county's work-station staff, who see every unit's windows. */
    static Actor countyStaff() {
        return new Actor("u-county-staff", Set.of(Role.WORK_STATION_STAFF), COUNTY);
    }

    static CurrentNetwork anyCountyNetwork() {
        NetworkView view = NetworkView.of(anyCounty());
        return () -> view;
    }

    /** The defaults of application.yml, with the rhythm starting on {@code startsOn}. */
    static RhythmProperties properties(@Nullable LocalDate startsOn) {
        return new RhythmProperties(
                SHANGHAI,
                5,
                10,
                2,
                LocalTime.of(8, 30),
                Duration.ofMinutes(5),
                Duration.ofDays(31),
                Duration.ofMinutes(15),
                startsOn);
    }

    private static NetworkNode node(String code, NodeKind kind, String name, @Nullable String parent) {
        return new NetworkNode(code, kind, name, parent, null, true);
    }
}
