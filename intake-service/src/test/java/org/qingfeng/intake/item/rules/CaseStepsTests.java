package org.qingfeng.intake.item.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.intake.CaseFixtures;

class CaseStepsTests {

    private static final UUID CASE = UUID.fromString("5a6b7c8d-9e0f-3a1b-8c2d-3e4f5a6b7c8d");
    private static final UUID OTHER_CASE = UUID.fromString("6b7c8d9e-0f1a-3b2c-9d3e-4f5a6b7c8d9e");
    private static final UUID ITEM = UUID.fromString("0b9f3c5e-6a4d-4e8b-9f21-3c7d5a1e8b40");
    private static final UUID OTHER_ITEM = UUID.fromString("1c0a4d6f-7b5e-4f9c-a032-4d8e6b2f9c51");

    @Test
    void anOlderSequenceDeliveredLaterIsIgnored() {
        List<CaseSteps.ItemCase> latest =
                CaseSteps.latest(List.of(step(CASE, 4, State.REPLIED, ITEM), step(CASE, 3, State.ACKNOWLEDGED, ITEM)));

        assertThat(latest).singleElement().satisfies(itemCase -> {
            assertThat(itemCase.itemId()).isEqualTo(ITEM);
            assertThat(itemCase.standing().sequence()).isEqualTo(4);
            assertThat(itemCase.standing().state()).isEqualTo(State.REPLIED);
        });
    }

    @Test
    void theSameStepTwiceIsOneChange() {
        CaseStepped step = step(CASE, 2, State.OPEN, ITEM);

        assertThat(CaseSteps.latest(List.of(step, step))).hasSize(1);
    }

    @Test
    void eachItemOfAStepAndEachCaseOfAnItemIsKeptApart() {
        List<CaseSteps.ItemCase> latest = CaseSteps.latest(List.of(
                step(CASE, 1, State.OPEN, ITEM, OTHER_ITEM),
                step(OTHER_CASE, 5, State.CLOSED, ITEM),
                step(CASE, 2, State.ACKNOWLEDGED, ITEM, OTHER_ITEM)));

        assertThat(latest)
                .extracting(c -> c.itemId() + " " + c.standing().caseId() + " "
                        + c.standing().sequence())
                .containsExactlyInAnyOrder(
                        ITEM + " " + CASE + " 2", OTHER_ITEM + " " + CASE + " 2", ITEM + " " + OTHER_CASE + " 5");
    }

    @Test
    void theStandingIsTheOneAfterTheStep() {
        CaseStepped step = CaseFixtures.goldenStep();

        CaseStanding standing = CaseStanding.of(step);

        assertThat(standing.caseId()).isEqualTo(step.caseId());
        assertThat(standing.sequence()).isEqualTo(4);
        assertThat(standing.rungCode()).isEqualTo("ORANGE");
        assertThat(standing.state()).isEqualTo(State.OPEN);
        assertThat(standing.updatedAt()).isEqualTo(step.occurredAt());
        assertThat(standing.finished()).isFalse();
    }

    private static CaseStepped step(UUID caseId, long sequence, State state, UUID... items) {
        return CaseFixtures.stepOf(caseId, sequence, Step.NOTICE_ISSUED, state, List.of(items));
    }
}
