package org.qingfeng.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldErrorsTests {

    @ParameterizedTest
    @CsvSource({
        "[0].parentCode, parentCode",
        "[12].code, code",
        "backgrounds[1], backgrounds",
        "homeNodeCode, homeNodeCode",
        "contacts[0].role, contacts",
        "'', ''"
    })
    void findsTheFormFieldAServicesPathBelongsTo(String path, String field) {
        assertThat(FieldErrors.fieldOf(path)).isEqualTo(field);
    }

    @Test
    void placesErrorsNextToTheirFieldsAndKeepsTheRestAsGeneralLines() {
        FieldErrors errors = FieldErrors.of(
                List.of(
                        new Problem.FieldError("[0].parentCode", "上级节点不存在 / no such parent node"),
                        new Problem.FieldError("[0].parentCode", "上级链形成循环 / the parent chain loops"),
                        new Problem.FieldError("[1].code", "必填 / required"),
                        new Problem.FieldError("网络节点 第5行 上级代码", "上级节点不存在 / no such parent node"),
                        new Problem.FieldError(null, "至少需要一个节点 / at least one node is required")),
                Set.of("parentCode", "name"));

        assertThat(errors.at("parentCode")).isEqualTo("上级节点不存在 / no such parent node；上级链形成循环 / the parent chain loops");
        assertThat(errors.has("name")).isFalse();
        assertThat(errors.at("name")).isEmpty();
        assertThat(errors.general())
                .containsExactly(
                        "[1].code：必填 / required",
                        "网络节点 第5行 上级代码：上级节点不存在 / no such parent node",
                        "至少需要一个节点 / at least one node is required");
    }

    @Test
    void hasNothingToShowWhenThereAreNoErrors() {
        assertThat(FieldErrors.none().isEmpty()).isTrue();
        assertThat(FieldErrors.of(List.of(), Set.of("code")).isEmpty()).isTrue();
    }
}
