package org.qingfeng.disposal.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.qingfeng.contracts.intake.FollowUpRecorded.Kind;
import org.qingfeng.contracts.intake.FollowUpRecorded.Rectified;
import org.qingfeng.disposal.cases.CaseCommand;
import org.qingfeng.disposal.cases.CaseSteps;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.disposal.inbox.CaseFixtures;
import org.qingfeng.disposal.inbox.InMemoryCases;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class ConfirmationsTests {

    final InMemoryCases cases = new InMemoryCases();
    final StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("cases", cases));
    final Confirmations confirmations =
            new Confirmations(beans.getBeanProvider(Cases.class), beans.getBeanProvider(CaseSteps.class));

    @Test
    void recordsTheVerdictOnEveryCaseHoldingTheItemWithTheFollowUpAsReason() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);
        FollowUpRecorded followUp = confirmation(c.itemIds().get(0), Rectified.PARTLY);

        confirmations.record(followUp);

        assertThat(cases.appended()).singleElement().satisfies(command -> {
            assertThat(command.caseId()).isEqualTo(c.caseId());
            assertThat(command.step()).isEqualTo(Step.CONFIRMATION_RECORDED);
            assertThat(command.confirmation()).isEqualTo(Rectified.PARTLY);
            assertThat(command.expectedSequence()).isNull();
            assertThat(command.reason()).isEqualTo("followUp:" + followUp.followUpId());
            assertThat(command.text()).isNull();
        });
    }

    @Test
    void recordsTheSameFollowUpOnceWhenItIsDeliveredAgain() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);
        FollowUpRecorded followUp = confirmation(c.itemIds().get(0), Rectified.NOT_FIXED);

        confirmations.record(followUp);
        confirmations.record(followUp);
        confirmations.record(confirmation(c.itemIds().get(0), Rectified.FIXED));

        assertThat(cases.appended())
                .extracting(CaseCommand::confirmation)
                .containsExactly(Rectified.NOT_FIXED, Rectified.FIXED);
    }

    @Test
    void recordsAVerdictOnAClosedCaseToo() {
        CaseView closed = CaseFixtures.after(
                CaseFixtures.anyCase(), Step.REPLY_ACCEPTED, State.CLOSED, Instant.parse("2026-11-20T00:00:00Z"), null);
        cases.put(closed);

        confirmations.record(confirmation(closed.itemIds().get(0), Rectified.FIXED));

        assertThat(cases.appended()).hasSize(1);
    }

    @Test
    void leavesQuestionsAnswersAndOtherItemsAlone() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);
        UUID item = c.itemIds().get(0);

        confirmations.record(followUp(item, Kind.QUESTION, null));
        confirmations.record(followUp(item, Kind.ANSWER, null));
        confirmations.record(confirmation(UUID.randomUUID(), Rectified.FIXED));

        assertThat(cases.appended()).isEmpty();
    }

    @Test
    void movesOnWhenTheMachineRefusesTheStep() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);
        cases.refuseNext("不允许 / Not allowed");

        confirmations.record(confirmation(c.itemIds().get(0), Rectified.FIXED));

        assertThat(cases.appended()).isEmpty();
    }

    static FollowUpRecorded confirmation(UUID itemId, Rectified verdict) {
        return followUp(itemId, Kind.CONFIRMATION, verdict);
    }

    static FollowUpRecorded followUp(UUID itemId, Kind kind, @Nullable Rectified verdict) {
        return new FollowUpRecorded(
                UUID.randomUUID(),
                Instant.parse("2026-11-25T00:00:00Z"),
                itemId,
                UUID.randomUUID(),
                kind,
                null,
                "问题已经解决了 (confidential)",
                null,
                verdict);
    }
}
