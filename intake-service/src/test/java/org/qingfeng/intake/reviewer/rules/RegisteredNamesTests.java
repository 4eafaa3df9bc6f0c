package org.qingfeng.intake.reviewer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegisteredNamesTests {

    @Test
    void everyReviewerOneOfWhoseDigestsIsAmongTheCandidatesIsNamed() {
        RegisteredNames registered =
                RegisteredNames.of(Map.of("u-a", List.of("d1", "d2"), "u-b", List.of("d2"), "u-c", List.of("d3")));

        assertThat(registered.reviewersNamedBy(List.of("d2", "x"))).containsExactly("u-a", "u-b");
        assertThat(registered.reviewersNamedBy(List.of("d3"))).containsExactly("u-c");
        assertThat(registered.reviewersNamedBy(List.of("x", "y"))).isEmpty();
    }

    @Test
    void reviewersWithoutNamesMatchNothing() {
        assertThat(RegisteredNames.of(Map.of("u-a", List.of())).isEmpty()).isTrue();
        assertThat(RegisteredNames.none().reviewersNamedBy(List.of("d1"))).isEmpty();
    }
}
