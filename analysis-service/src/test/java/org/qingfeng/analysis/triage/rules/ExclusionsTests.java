package org.qingfeng.analysis.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExclusionsTests {

    private static final String REVIEWER = "u-reviewer";
    private static final UUID FIRST = UUID.fromString("0b9f3c5e-6a4d-4e8b-9f21-3c7d5a1e8b40");
    private static final UUID SECOND = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    private static final UUID THIRD = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private static final ItemPlace IN_HOME = new ItemPlace(FIRST, "330281-101", "330281-D03");
    private static final ItemPlace ELSEWHERE = new ItemPlace(SECOND, "330281-102", "330281-D04");
    private static final ItemPlace NAMED_IN = new ItemPlace(THIRD, "330281-102", "330281-D04");

    @Test
    void keysAreTheSubjectTheKindAndTheTarget() {
        assertThat(Exclusions.key(REVIEWER, ExclusionKind.HOME_TOWNSHIP, "330281-101"))
                .isEqualTo("u-reviewer|HOME_TOWNSHIP|330281-101");
        assertThat(Exclusions.recordId(FIRST, REVIEWER)).isEqualTo(FIRST + "|u-reviewer");
    }

    @Test
    void looksUpEveryTieTheItemsCouldMeetOnce() {
        Set<String> keys = Exclusions.keys(REVIEWER, List.of(ELSEWHERE, NAMED_IN));

        assertThat(keys)
                .containsExactlyInAnyOrder(
                        "u-reviewer|HOME_TOWNSHIP|330281-102",
                        "u-reviewer|UNIT|330281-D04",
                        "u-reviewer|ITEM|" + SECOND,
                        "u-reviewer|NAMED|" + SECOND,
                        "u-reviewer|ITEM|" + THIRD,
                        "u-reviewer|NAMED|" + THIRD);
    }

    @Test
    void excludesByHomeTownshipUnitItemOrNameAndLeavesTheRest() {
        Set<String> township = Set.of("u-reviewer|HOME_TOWNSHIP|330281-101");
        Set<String> unit = Set.of("u-reviewer|UNIT|330281-D03");
        Set<String> named = Set.of("u-reviewer|NAMED|" + THIRD);
        Set<String> item = Set.of("u-reviewer|ITEM|" + SECOND);
        List<ItemPlace> all = List.of(IN_HOME, ELSEWHERE, NAMED_IN);

        assertThat(Exclusions.excluded(REVIEWER, all, township)).isEqualTo(Map.of(FIRST, ExclusionKind.HOME_TOWNSHIP));
        assertThat(Exclusions.excluded(REVIEWER, all, unit)).isEqualTo(Map.of(FIRST, ExclusionKind.UNIT));
        assertThat(Exclusions.excluded(REVIEWER, all, named)).isEqualTo(Map.of(THIRD, ExclusionKind.NAMED));
        assertThat(Exclusions.excluded(REVIEWER, all, item)).isEqualTo(Map.of(SECOND, ExclusionKind.ITEM));
        assertThat(Exclusions.excluded(REVIEWER, all, Set.of())).isEmpty();
    }

    @Test
    void givesTheFirstKindWhenSeveralTiesMeet() {
        Set<String> both = Set.of("u-reviewer|NAMED|" + FIRST, "u-reviewer|UNIT|330281-D03");

        assertThat(Exclusions.reason(REVIEWER, IN_HOME, both)).contains(ExclusionKind.UNIT);
    }

    @Test
    void anotherReviewersTiesExcludeNothing() {
        Set<String> others = Set.of("u-other|HOME_TOWNSHIP|330281-101", "u-other|NAMED|" + FIRST);

        assertThat(Exclusions.excluded(REVIEWER, List.of(IN_HOME), others)).isEmpty();
        assertThat(Exclusions.ownedBy("u-other|HOME_TOWNSHIP|330281-101", REVIEWER))
                .isFalse();
        assertThat(Exclusions.ownedBy("u-reviewer|HOME_TOWNSHIP|330281-101", REVIEWER))
                .isTrue();
        assertThat(Exclusions.ownedBy("u-reviewer|", REVIEWER)).isFalse();
    }
}
