package org.qingfeng.intake.reviewer.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

class PersonNamesTests {

    @Test
    void namesAreComparedWithoutSpacesPunctuationOrCase() {
        assertThat(PersonNames.check(List.of(" 张 三 ", "张三", "Li Xiaoming", "买买提·艾力")))
                .containsExactly("张三", "LIXIAOMING", "买买提艾力");
    }

    @Test
    void decomposedAndComposedFormsAreTheSameName() {
        assertThat(PersonNames.comparable("Zoe\u0301")).isEqualTo(PersonNames.comparable("Zo\u00e9"));
    }

    @Test
    void eachBadNameIsNamedByItsPosition() {
        List<String> names = Arrays.asList("张三", null, "张", "张\u202e三", "一二三四五六七八九十一二三四五六七八九十一", "··");

        assertThatThrownBy(() -> PersonNames.check(names))
                .isInstanceOfSatisfying(RulesViolated.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("names[1]", "names[2]", "names[3]", "names[4]", "names[5]"));
    }

    @Test
    void twentyNamesAreTheMost() {
        List<String> twenty = new ArrayList<>(Collections.nCopies(20, "张三"));
        assertThat(PersonNames.check(twenty)).containsExactly("张三");

        twenty.add("李四");
        assertThatThrownBy(() -> PersonNames.check(twenty))
                .isInstanceOfSatisfying(RulesViolated.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("names"));
    }

    @Test
    void noListIsRefusedAndAnEmptyListClearsTheNames() {
        assertThatThrownBy(() -> PersonNames.check(null)).isInstanceOf(RulesViolated.class);
        assertThat(PersonNames.check(List.of())).isEmpty();
    }
}
