package org.qingfeng.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormValuesTests {

    private final FormValues form = FormValues.of(Map.of(
            "name", List.of("  城关镇 "),
            "blank", List.of("   "),
            "figures", Arrays.asList("items=6", "", null, " unfounded=4 "),
            "roles", List.of("主要负责人\n纪检组长，纪检联络员、 院长;\r\n"),
            "active", List.of("true")));

    @Test
    void readsTextStrippedAndBlankAsAbsent() {
        assertThat(form.text("name")).isEqualTo("城关镇");
        assertThat(form.text("blank")).isNull();
        assertThat(form.text("missing")).isNull();
        assertThat(form.text("blank", "fallback")).isEqualTo("fallback");
    }

    @Test
    void readsEveryNonBlankValueOfARepeatedFieldInOrder() {
        assertThat(form.all("figures")).containsExactly("items=6", "unfounded=4");
    }

    @Test
    void splitsItemsTypedIntoOneBoxAtLineEndsCommasAndEnumerationMarks() {
        assertThat(form.items("roles")).containsExactly("主要负责人", "纪检组长", "纪检联络员", "院长");
    }

    @Test
    void tellsATickedBoxFromAnAbsentOne() {
        assertThat(form.ticked("active")).isTrue();
        assertThat(form.ticked("inactive")).isFalse();
    }
}
