package org.qingfeng.auth.user.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qingfeng.auth.user.rules.UserRules.Violation;

class UserRulesTests {

    private final UserRules rules = new UserRules(
            Set.of("TOWNSHIP_STAFF", "NETWORK_ADMIN"),
            node -> node.startsWith("330281"),
            node -> node.startsWith("330281-101"));

    @Test
    void aGoodAccountPasses() {
        assertThat(rules.newUser("li.si_2", "李四", List.of("TOWNSHIP_STAFF"), "330281-101", "twelve-chars"))
                .isEmpty();
    }

    @Test
    void usernamesAreThreeToThirtyTwoLowerCaseCharacters() {
        assertThat(fields(rules.newUser("ab", "李四", List.of("TOWNSHIP_STAFF"), "330281-101", "twelve-chars")))
                .containsExactly("username");
        assertThat(fields(rules.newUser("Li", "李四", List.of("TOWNSHIP_STAFF"), "330281-101", "twelve-chars")))
                .containsExactly("username");
        assertThat(fields(rules.newUser("a".repeat(33), "李四", List.of("TOWNSHIP_STAFF"), "330281-101", "twelve-chars")))
                .containsExactly("username");
    }

    @Test
    void passwordsHaveTwelveCharactersAndFitBcrypt() {
        assertThat(UserRules.password("eleven-char"))
                .extracting(Violation::field)
                .containsExactly("password");
        assertThat(UserRules.password("十二个汉字十二个汉字十二")).isEmpty();
        assertThat(UserRules.password("长".repeat(25)))
                .extracting(Violation::message)
                .allMatch(m -> m.contains("72"));
        assertThat(UserRules.password(null)).hasSize(1);
    }

    @Test
    void unknownRolesUnknownNodesAndNodesOutOfScopeAreNamed() {
        assertThat(rules.change("李四", List.of("KING"), "330281-101"))
                .extracting(Violation::field)
                .containsExactly("roles");
        assertThat(rules.change("李四", List.of("TOWNSHIP_STAFF"), "999"))
                .extracting(Violation::message)
                .singleElement()
                .asString()
                .startsWith("网络中没有该节点");
        assertThat(rules.change("李四", List.of("TOWNSHIP_STAFF"), "330281-102"))
                .extracting(Violation::message)
                .singleElement()
                .asString()
                .startsWith("该节点不在您的管辖范围内");
        assertThat(fields(rules.change(" ", List.of(), null))).containsExactly("displayName", "roles", "node");
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }
}
