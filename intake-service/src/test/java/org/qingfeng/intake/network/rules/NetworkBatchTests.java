package org.qingfeng.intake.network.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.MonitoringHost;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.intake.NetworkFixtures;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

class NetworkBatchTests {

    private final NetworkView registry = NetworkFixtures.anyNetworkView();

    @Test
    void acceptsAWholeTreeInOneBatchWhateverTheOrder() {
        List<NodeDraft> drafts = new ArrayList<>(NetworkFixtures.asDrafts(NetworkFixtures.anyNetwork()));
        Collections.reverse(drafts);

        assertThat(NetworkBatch.check(drafts, NetworkView.empty(), KnownNames.NONE))
                .hasSize(drafts.size());
    }

    @Test
    void acceptsANodeWhoseParentIsAlreadyRegistered() {
        NodeDraft village = new NodeDraft(" 330281-101-002 ", NodeKind.VILLAGE, " 西山村 ", "330281-101", null, null);

        assertThat(NetworkBatch.check(List.of(village), registry, KnownNames.NONE))
                .containsExactly(new NetworkNode("330281-101-002", NodeKind.VILLAGE, "西山村", "330281-101", null, true));
    }

    @Test
    void namesTheRowAndFieldOfEveryMissingValue() {
        NodeDraft ok = new NodeDraft("330281-101-002", NodeKind.VILLAGE, "西山村", "330281-101", null, true);
        NodeDraft empty = new NodeDraft(" ", null, null, null, null, null);

        assertViolations(List.of(ok, empty)).containsExactlyInAnyOrder("[1].code", "[1].kind", "[1].name");
    }

    @Test
    void refusesAParentThatIsNeitherInTheBatchNorRegistered() {
        NodeDraft village = new NodeDraft("330281-999-001", NodeKind.VILLAGE, "某村", "330281-999", null, true);

        assertViolations(List.of(village)).containsExactly("[0].parentCode");
    }

    @Test
    void refusesAParentChainThatLoops() {
        NodeDraft a = new NodeDraft("a", NodeKind.TOWNSHIP, "甲", "b", null, true);
        NodeDraft b = new NodeDraft("b", NodeKind.WORK_STATION, "乙", "a", null, true);

        assertViolations(List.of(a, b)).contains("[0].parentCode", "[1].parentCode");
    }

    @Test
    void refusesMovingARegisteredNodeUnderItsOwnDescendant() {
        NodeDraft township =
                new NodeDraft(NetworkFixtures.TOWNSHIP, NodeKind.TOWNSHIP, "城关镇", NetworkFixtures.VILLAGE, null, true);

        assertViolations(List.of(township)).containsExactly("[0].parentCode");
    }

    @Test
    void refusesTheSameCodeTwiceInOneBatch() {
        NodeDraft village = new NodeDraft("330281-101-002", NodeKind.VILLAGE, "西山村", "330281-101", null, true);

        assertViolations(List.of(village, village)).containsExactly("[1].code");
    }

    @Test
    void requiresAParentForEverythingButTheCounty() {
        NodeDraft county = new NodeDraft("330282", NodeKind.COUNTY, "另一县", null, null, true);
        NodeDraft township = new NodeDraft("330282-101", NodeKind.TOWNSHIP, "某镇", null, null, true);

        assertViolations(List.of(county, township)).containsExactly("[1].parentCode");
    }

    @Test
    void refusesACompetentDepartmentThatIsNotADepartment() {
        NodeDraft department = new NodeDraft(
                "330281-D09", NodeKind.DEPARTMENT, "县某局", NetworkFixtures.COUNTY, NetworkFixtures.TOWNSHIP, true);

        assertViolations(List.of(department)).containsExactly("[0].competentDepartmentCode");
    }

    @Test
    void refusesAnEmptyBatchAndANullRow() {
        assertViolations(List.of()).containsExactly("[]");
        assertViolations(Arrays.asList((NodeDraft) null)).containsExactly("[0]");
    }

    @Test
    void aNodeHangsOnlyBelowTheKindsTheSeedsAllow() {
        NodeDraft villageUnderCounty =
                new NodeDraft("330281-109", NodeKind.VILLAGE, "某村", NetworkFixtures.COUNTY, null, true);
        NodeDraft groupUnderTownship =
                new NodeDraft("330281-101-01", NodeKind.GROUP, "某组", NetworkFixtures.TOWNSHIP, null, true);
        NodeDraft departmentUnderTownship =
                new NodeDraft("330281-101-D1", NodeKind.DEPARTMENT, "镇某办", NetworkFixtures.TOWNSHIP, null, true);
        NodeDraft pointUnderDepartment = new NodeDraft(
                "330281-D03-M02", NodeKind.MONITORING_POINT, "住建局二号监测点", NetworkFixtures.DEPARTMENT, null, true);

        assertViolations(List.of(villageUnderCounty, groupUnderTownship, departmentUnderTownship, pointUnderDepartment))
                .containsExactly("[0].parentCode", "[1].parentCode");
        assertThat(ParentKinds.allows(NodeKind.COUNTY, NodeKind.WORK_STATION)).isTrue();
        assertThat(ParentKinds.allows(NodeKind.WORK_STATION, NodeKind.TOWNSHIP)).isTrue();
        assertThat(ParentKinds.allows(NodeKind.TOWNSHIP, NodeKind.WORK_STATION)).isFalse();
    }

    @Test
    void onlyAMonitoringPointHasAHostAndOnlyDepartmentsAndCityUnitsACompetentDepartment() {
        NodeDraft townshipWithHost = new NodeDraft(
                "330281-103",
                NodeKind.TOWNSHIP,
                "某镇",
                NetworkFixtures.COUNTY,
                null,
                true,
                MonitoringHost.HOSPITAL,
                null,
                null);
        NodeDraft villageWithDepartment = new NodeDraft(
                "330281-101-003",
                NodeKind.VILLAGE,
                "某村",
                NetworkFixtures.TOWNSHIP,
                NetworkFixtures.COMPETENT_DEPARTMENT,
                true);
        NodeDraft pointWithoutHost = new NodeDraft(
                "330281-101-M02", NodeKind.MONITORING_POINT, "某监测点", NetworkFixtures.TOWNSHIP, null, true);

        assertViolations(List.of(townshipWithHost, villageWithDepartment))
                .containsExactly("[0].host", "[1].competentDepartmentCode");
        RulesViolated required = catchThrowableOfType(
                RulesViolated.class,
                () -> NetworkBatch.check(List.of(pointWithoutHost), registry, KnownNames.NONE, true));
        assertThat(required.violations()).extracting(Violation::field).containsExactly("[0].host");
        assertThat(NetworkBatch.check(List.of(pointWithoutHost), registry, KnownNames.NONE))
                .hasSize(1);
    }

    @Test
    void aNodeIsNotSwitchedOffWhileActiveNodesHangBelowIt() {
        NodeDraft township =
                new NodeDraft(NetworkFixtures.TOWNSHIP, NodeKind.TOWNSHIP, "城关镇", NetworkFixtures.COUNTY, null, false);

        assertViolations(List.of(township)).containsExactly("[0].active");
    }

    @Test
    void aNodeAndEverythingBelowItMaySwitchOffTogether() {
        List<NodeDraft> branch = List.of(
                new NodeDraft(NetworkFixtures.GROUP, NodeKind.GROUP, "东山村一组", NetworkFixtures.VILLAGE, null, false),
                new NodeDraft(NetworkFixtures.VILLAGE, NodeKind.VILLAGE, "东山村", NetworkFixtures.TOWNSHIP, null, false));

        assertThat(NetworkBatch.check(branch, registry, KnownNames.NONE))
                .extracting(NetworkNode::active)
                .containsExactly(false, false);
    }

    @Test
    void aKindChangeMayNotStrandTheNodesBelow() {
        NodeDraft villageAsGroup =
                new NodeDraft(NetworkFixtures.VILLAGE, NodeKind.GROUP, "东山村", NetworkFixtures.TOWNSHIP, null, true);

        assertViolations(List.of(villageAsGroup)).contains("[0].kind");
    }

    @Test
    void publishedFieldsAreRefusedWhenTheyCarryPersonalData() {
        NodeDraft described = new NodeDraft(
                "330281-D09",
                NodeKind.DEPARTMENT,
                "县某局",
                NetworkFixtures.COUNTY,
                null,
                true,
                null,
                List.of("主要负责人", "联系人：王伟"),
                "值班电话 13912345678");
        NodeDraft named =
                new NodeDraft("330281-D10", NodeKind.DEPARTMENT, "甄金雀办公室", NetworkFixtures.COUNTY, null, true);

        RulesViolated violated = catchThrowableOfType(
                RulesViolated.class,
                () -> NetworkBatch.check(List.of(described, named), registry, Set.of("甄金雀")::contains));

        assertThat(violated.violations())
                .extracting(Violation::field)
                .containsExactly("[0].description", "[0].contactRoles", "[1].name");
        assertThat(violated.violations().get(0).message()).startsWith("疑似包含个人信息（手机号码）");
    }

    private ListAssert<String> assertViolations(List<NodeDraft> drafts) {
        RulesViolated violated =
                catchThrowableOfType(RulesViolated.class, () -> NetworkBatch.check(drafts, registry, KnownNames.NONE));
        assertThat(violated).as("rules violated").isNotNull();
        return assertThat(violated.violations().stream().map(Violation::field).toList());
    }
}
