package org.qingfeng.intake.network.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Test;
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

        assertThat(NetworkBatch.check(drafts, NetworkView.empty())).hasSize(drafts.size());
    }

    @Test
    void acceptsANodeWhoseParentIsAlreadyRegistered() {
        NodeDraft village = new NodeDraft(" 330281-101-002 ", NodeKind.VILLAGE, " 西山村 ", "330281-101", null, null);

        assertThat(NetworkBatch.check(List.of(village), registry))
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
        NodeDraft a = new NodeDraft("a", NodeKind.VILLAGE, "甲", "b", null, true);
        NodeDraft b = new NodeDraft("b", NodeKind.VILLAGE, "乙", "a", null, true);

        assertViolations(List.of(a, b)).containsExactly("[0].parentCode", "[1].parentCode");
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

    private ListAssert<String> assertViolations(List<NodeDraft> drafts) {
        RulesViolated violated = catchThrowableOfType(RulesViolated.class, () -> NetworkBatch.check(drafts, registry));
        assertThat(violated).as("rules violated").isNotNull();
        return assertThat(violated.violations().stream().map(Violation::field).toList());
    }
}
