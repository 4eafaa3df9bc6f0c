package org.qingfeng.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NodeNamesTests {

    private final NodeNames names = NodeNames.of(List.of(
            new NetworkNode("330281-101", "TOWNSHIP", "城关镇"),
            new NetworkNode("330281-101-I07", "INFORMANT", "清风七号"),
            new NetworkNode("330281-D09", "DEPARTMENT", " "),
            new NetworkNode(null, "DEPARTMENT", "无编码单位")));

    @Test
    void namesAKnownCodeAndKeepsTheCodeBeneath() {
        assertThat(names.name("330281-101")).isEqualTo(new Named("城关镇", "330281-101"));
        assertThat(names.name("330281-101").showsCode()).isTrue();
    }

    @Test
    void showsAnUnknownCodeAsItselfWithoutRepeatingIt() {
        Named unknown = names.name("330281-999");

        assertThat(unknown).isEqualTo(new Named("330281-999", "330281-999"));
        assertThat(unknown.showsCode()).isFalse();
    }

    @Test
    void showsTheCodesWhenNoNamesWereEverRead() {
        assertThat(NodeNames.none().name("330281-101")).isEqualTo(new Named("330281-101", "330281-101"));
    }

    @Test
    void showsNothingForAMissingCode() {
        assertThat(names.name(null)).isEqualTo(new Named("", ""));
        assertThat(names.name(null).showsCode()).isFalse();
    }

    @Test
    void leavesOutInformantsAndBlankNames() {
        assertThat(names.size()).isEqualTo(1);
        assertThat(names.name("330281-101-I07").name()).isEqualTo("330281-101-I07");
        assertThat(names.name("330281-D09").name()).isEqualTo("330281-D09");
    }

    @Test
    void knowsTheWorkStationThatSignsDecisions() {
        NodeNames withStation = NodeNames.of(List.of(
                new NetworkNode("330281", "COUNTY", "示范县"),
                new NetworkNode("330281-WS2", "WORK_STATION", "第二工作站"),
                new NetworkNode("330281-WS", "WORK_STATION", "县纪委预警信息工作站")));

        assertThat(withStation.workStationCode()).contains("330281-WS");
        assertThat(names.workStationCode()).isEmpty();
    }
}
