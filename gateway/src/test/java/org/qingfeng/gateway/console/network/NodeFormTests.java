package org.qingfeng.gateway.console.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingfeng.gateway.console.FormValues;
import tools.jackson.databind.json.JsonMapper;

/** The node form as intake's {@code NodeDraft}: what the console PUTs. */
class NodeFormTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void mapsAMonitoringPointWithItsHostRolesAndDepartment() {
        NodeForm form = NodeForm.from(FormValues.of(Map.of(
                "code", List.of(" 330281-M01 "),
                "kind", List.of("MONITORING_POINT"),
                "name", List.of("县人民医院监测点"),
                "parentCode", List.of("330281"),
                "competentDepartmentCode", List.of("330281-D01"),
                "active", List.of("true"),
                "host", List.of("HOSPITAL"),
                "contactRoles", List.of("院纪委书记\n纪检干事、"),
                "description", List.of("  "))));

        assertThat(json.writeValueAsString(List.of(form.toDraft())))
                .isEqualTo("[{\"code\":\"330281-M01\",\"kind\":\"MONITORING_POINT\",\"name\":\"县人民医院监测点\","
                        + "\"parentCode\":\"330281\",\"competentDepartmentCode\":\"330281-D01\",\"active\":true,"
                        + "\"host\":\"HOSPITAL\",\"contactRoles\":[\"院纪委书记\",\"纪检干事\"],\"description\":null}]");
    }

    @Test
    void sendsAnUntickedBoxAsInactiveAndDropsAHostOutsideAMonitoringPoint() {
        NodeDraft draft = NodeForm.from(FormValues.of(Map.of(
                        "code", List.of("330281-101"),
                        "kind", List.of("TOWNSHIP"),
                        "name", List.of("城关镇"),
                        "host", List.of("SCHOOL"))))
                .toDraft();

        assertThat(draft.active()).isFalse();
        assertThat(draft.host()).isNull();
        assertThat(draft.parentCode()).isNull();
        assertThat(draft.contactRoles()).isEmpty();
    }

    @Test
    void leavesBlankRequiredFieldsForIntakeToName() {
        NodeDraft draft = NodeForm.from(FormValues.of(Map.of())).toDraft();

        assertThat(draft.code()).isNull();
        assertThat(draft.kind()).isNull();
        assertThat(draft.name()).isNull();
    }

    @Test
    void fillsTheFormFromTheRegistryToChangeANode() {
        RegistryNode node = new RegistryNode(
                "330281-D03", "DEPARTMENT", "县住房和城乡建设局", "330281", null, false, null, List.of("主要负责人", "纪检联络员"), "说明");

        NodeForm form = NodeForm.of(node);

        assertThat(form.contactRolesText()).isEqualTo("主要负责人\n纪检联络员");
        assertThat(form.active()).isFalse();
        assertThat(form.competentDepartmentCode()).isEmpty();
        assertThat(form.toDraft().description()).isEqualTo("说明");
    }

    @Test
    void startsANewNodeActive() {
        assertThat(NodeForm.blank().active()).isTrue();
    }
}
