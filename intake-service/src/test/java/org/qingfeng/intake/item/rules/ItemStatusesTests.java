package org.qingfeng.intake.item.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.intake.CaseFixtures;

class ItemStatusesTests {

    private static final UUID ITEM = UUID.fromString("0b9f3c5e-6a4d-4e8b-9f21-3c7d5a1e8b40");

    @ParameterizedTest
    @CsvSource({
        "OPEN, IN_DISPOSAL",
        "ACKNOWLEDGED, IN_DISPOSAL",
        "REPLIED, RECTIFICATION_REPORTED",
        "CLOSED, CLOSED",
        "REFERRED, REFERRED"
    })
    void oneCaseGivesTheItemItsState(State state, ItemStatus expected) {
        assertThat(ItemStatuses.of(ItemStatus.REGISTERED, List.of(standing(state))))
                .isEqualTo(expected);
    }

    @Test
    void anItemInNoCaseKeepsWhatWasRecorded() {
        assertThat(ItemStatuses.of(ItemStatus.REGISTERED, List.of())).isEqualTo(ItemStatus.REGISTERED);
        assertThat(ItemStatuses.of(ItemStatus.WARNING_ISSUED, List.of())).isEqualTo(ItemStatus.WARNING_ISSUED);
    }

    @Test
    void aCaseDecidesOverAnOldWarning() {
        assertThat(ItemStatuses.of(ItemStatus.WARNING_ISSUED, List.of(standing(State.OPEN))))
                .isEqualTo(ItemStatus.IN_DISPOSAL);
    }

    @Test
    void theMostAdvancedUnfinishedCaseWins() {
        assertThat(ItemStatuses.of(
                        ItemStatus.REGISTERED,
                        List.of(standing(State.OPEN), standing(State.REPLIED), standing(State.CLOSED))))
                .isEqualTo(ItemStatus.RECTIFICATION_REPORTED);
        assertThat(ItemStatuses.of(
                        ItemStatus.REGISTERED,
                        List.of(standing(State.CLOSED), standing(State.ACKNOWLEDGED), standing(State.REFERRED))))
                .isEqualTo(ItemStatus.IN_DISPOSAL);
    }

    @Test
    void whenEveryCaseIsFinishedAReferralDecidesOverAClosure() {
        assertThat(ItemStatuses.of(ItemStatus.REGISTERED, List.of(standing(State.CLOSED), standing(State.REFERRED))))
                .isEqualTo(ItemStatus.REFERRED);
        assertThat(ItemStatuses.of(ItemStatus.REGISTERED, List.of(standing(State.CLOSED), standing(State.CLOSED))))
                .isEqualTo(ItemStatus.CLOSED);
    }

    @Test
    void labelsAreChineseFirst() {
        assertThat(ItemStatus.RECTIFICATION_REPORTED.label()).isEqualTo("已报告整改，待核查 / Rectification reported");
        assertThat(ItemStatus.REFERRED.label()).isEqualTo("已移交有关部门 / Handed over");
    }

    private static CaseStanding standing(State state) {
        return CaseStanding.of(CaseFixtures.stepOf(UUID.randomUUID(), 2, Step.NOTICE_ISSUED, state, List.of(ITEM)));
    }
}
