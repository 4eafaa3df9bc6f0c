package org.qingfeng.intake.channel.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.intake.NetworkFixtures;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

class PlacementTests {

    private static final NetworkView NETWORK = NetworkFixtures.anyNetworkView();

    @Test
    void anInformantsMessageGoesToTheirHomeNodeAndTheConfiguredUnitWhenNoUnitIsAbove() {
        Placement.Placed placed = Placement.place(
                MessageText.parse("村务不公开"), NetworkFixtures.VILLAGE, NETWORK, null, NetworkFixtures.DEPARTMENT);

        assertThat(placed).isEqualTo(new Placement.Placed(NetworkFixtures.VILLAGE, NetworkFixtures.DEPARTMENT));
    }

    @Test
    void anInformantMayPlaceItBelowTheirHomeButNotElsewhere() {
        Placement.Placed below = Placement.place(
                MessageText.parse("#" + NetworkFixtures.GROUP + " 组内事务"),
                NetworkFixtures.VILLAGE,
                NETWORK,
                null,
                NetworkFixtures.DEPARTMENT);
        List<Violation> elsewhere = violations(() -> Placement.place(
                MessageText.parse("#" + NetworkFixtures.CITY_UNIT + " 医院"),
                NetworkFixtures.VILLAGE,
                NETWORK,
                null,
                NetworkFixtures.DEPARTMENT));

        assertThat(below.regionCode()).isEqualTo(NetworkFixtures.GROUP);
        assertThat(elsewhere).extracting(Violation::field).containsExactly("regionCode");
    }

    @Test
    void aRegionInsideACityUnitConcernsThatUnit() {
        Placement.Placed placed =
                Placement.place(MessageText.parse("科室收红包"), NetworkFixtures.CITY_UNIT, NETWORK, null, null);

        assertThat(placed.unitCode()).isEqualTo(NetworkFixtures.CITY_UNIT);
    }

    @Test
    void theCompetentDepartmentAboveTheRegionIsTheUnitWhenThereIsNoCityUnit() {
        NetworkView network = NETWORK.with(List.of(new NetworkNode(
                "330281-102",
                NodeKind.TOWNSHIP,
                "新镇",
                NetworkFixtures.COUNTY,
                NetworkFixtures.COMPETENT_DEPARTMENT,
                true)));

        Placement.Placed placed = Placement.place(MessageText.parse("问题"), "330281-102", network, null, null);

        assertThat(placed.unitCode()).isEqualTo(NetworkFixtures.COMPETENT_DEPARTMENT);
    }

    @Test
    void anUnknownSenderGoesToTheDefaultRegionOrAnyActiveRegionTheyName() {
        Placement.Placed byDefault = Placement.place(
                MessageText.parse("问题"), null, NETWORK, NetworkFixtures.TOWNSHIP, NetworkFixtures.DEPARTMENT);
        Placement.Placed named = Placement.place(
                MessageText.parse("#" + NetworkFixtures.VILLAGE + " @" + NetworkFixtures.CITY_UNIT + " 问题"),
                null,
                NETWORK,
                NetworkFixtures.TOWNSHIP,
                null);

        assertThat(byDefault).isEqualTo(new Placement.Placed(NetworkFixtures.TOWNSHIP, NetworkFixtures.DEPARTMENT));
        assertThat(named).isEqualTo(new Placement.Placed(NetworkFixtures.VILLAGE, NetworkFixtures.CITY_UNIT));
    }

    @Test
    void withoutAnActiveDefaultRegionAnUnknownSenderMustNameOne() {
        assertThat(violations(() -> Placement.place(MessageText.parse("问题"), null, NETWORK, null, null)))
                .extracting(Violation::field)
                .containsExactly("regionCode");
        assertThat(violations(() ->
                        Placement.place(MessageText.parse("问题"), null, NETWORK, NetworkFixtures.CLOSED_VILLAGE, null)))
                .extracting(Violation::field)
                .containsExactly("regionCode");
        assertThat(violations(() -> Placement.place(
                        MessageText.parse("#" + NetworkFixtures.CLOSED_VILLAGE + " 问题"), null, NETWORK, null, null)))
                .extracting(Violation::message)
                .singleElement()
                .asString()
                .contains(NetworkFixtures.CLOSED_VILLAGE);
    }

    @Test
    void withNoUnitAboveAndNoneConfiguredTheSenderIsAskedToNameOne() {
        assertThat(violations(
                        () -> Placement.place(MessageText.parse("问题"), NetworkFixtures.VILLAGE, NETWORK, null, null)))
                .extracting(Violation::field)
                .containsExactly("unitCode");
    }

    @Test
    void repliesNameTheFieldInChineseAndCarryTheReceipt() {
        Replies.Reply refused = Replies.refused(
                List.of(new Violation("description", "须为 10 到 4000 字 / must be 10 to 4000 characters")));
        Replies.Reply accepted = Replies.accepted("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01");

        assertThat(refused.text()).startsWith("【清风预警网】").contains("内容：须为 10 到 4000 字", "description: must be 10");
        assertThat(accepted.text())
                .contains("回执码：ABCD-EFGH-JKMN-PQRS-TVWX-YZ01", "receipt ABCD-EFGH-JKMN-PQRS-TVWX-YZ01");
    }

    private static List<Violation> violations(Runnable placing) {
        return catchThrowableOfType(RulesViolated.class, placing::run).violations();
    }
}
