package org.qingfeng.analysis.cases.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.cases.CaseFixtures;
import org.qingfeng.analysis.cases.CaseFixtures.Script;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.contracts.disposal.WarningColour;

class CaseHistoryTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Instant OCT_1 = Instant.parse("2026-10-01T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-10-12T16:00:00Z");

    private static Script anyCase() {
        return CaseFixtures.anyCase("330281", "330281-101", "330281-D01", UUID.randomUUID());
    }

    @Test
    void theHighestColourIsTheHighestEverReachedAndALaterLowerStepNeverLowersIt() {
        Script c = anyCase()
                .opened(OCT_1, WarningColour.BLUE, DUE)
                .step(Step.ESCALATED, OCT_1.plusSeconds(86_400 * 12), WarningColour.YELLOW, State.OPEN, DUE)
                .step(Step.REPLY_REJECTED, OCT_1.plusSeconds(86_400 * 20), WarningColour.ORANGE, State.OPEN, DUE)
                .step(Step.REPLY_ACCEPTED, OCT_1.plusSeconds(86_400 * 30), WarningColour.YELLOW, State.CLOSED, null);

        assertThat(c.history().highestColour()).contains(WarningColour.ORANGE);
        assertThat(c.history(List.of(c.step(4), c.step(1), c.step(3))).highestColour())
                .contains(WarningColour.ORANGE);
        assertThat(c.history(List.of(c.step(1))).highestColour()).contains(WarningColour.BLUE);
        assertThat(c.history().latest().orElseThrow().sequence()).isEqualTo(4);
        assertThat(c.history().escalated()).isTrue();
        assertThat(c.history(List.of(c.step(1))).escalated()).isFalse();
    }

    @Test
    void aCaseOpensInTheMonthOfItsOpeningStepInBeijingAndOtherStepsOpenNothing() {
        Instant lateOnSeptember30InUtc = Instant.parse("2026-09-30T17:00:00Z");
        Script c = anyCase()
                .opened(lateOnSeptember30InUtc, WarningColour.BLUE, DUE)
                .step(Step.ESCALATED, Instant.parse("2027-01-05T02:00:00Z"), WarningColour.YELLOW, State.OPEN, DUE);

        assertThat(CaseHistory.openingMonth(c.step(1), BEIJING)).contains(YearMonth.of(2026, 10));
        assertThat(CaseHistory.openingMonth(c.step(1), ZoneId.of("UTC"))).contains(YearMonth.of(2026, 9));
        assertThat(CaseHistory.openingMonth(c.step(2), BEIJING)).isEmpty();
        assertThat(c.history().openedIn(BEIJING)).contains(YearMonth.of(2026, 10));
        assertThat(c.history(List.of(c.step(2))).openedIn(BEIJING)).isEmpty();
    }

    @Test
    void verifiedOnlyWhenAnAcceptedReplyClosedTheCase() {
        Script accepted = anyCase()
                .opened(OCT_1, WarningColour.BLUE, DUE)
                .step(Step.REPLIED, OCT_1.plusSeconds(3_600), WarningColour.BLUE, State.REPLIED, DUE)
                .step(Step.REPLY_ACCEPTED, OCT_1.plusSeconds(7_200), WarningColour.BLUE, State.CLOSED, null);
        Script referred = anyCase()
                .opened(OCT_1, WarningColour.ORANGE, DUE)
                .step(Step.REFERRED, OCT_1.plusSeconds(7_200), WarningColour.RED, State.REFERRED, null);

        assertThat(accepted.history().verified()).isTrue();
        assertThat(accepted.history().finished()).isTrue();
        assertThat(accepted.history(List.of(accepted.step(1), accepted.step(2))).verified())
                .isFalse();
        assertThat(accepted.history().referred()).isFalse();
        assertThat(referred.history().verified()).isFalse();
        assertThat(referred.history().referred()).isTrue();
        assertThat(referred.history().finished()).isTrue();
    }

    @Test
    void standsAsItDidBeforeAnInstantAndIsOverdueOnlyUnansweredPastItsDeadline() {
        Script c = anyCase()
                .opened(OCT_1, WarningColour.BLUE, DUE)
                .step(Step.REPLY_ACCEPTED, DUE.plusSeconds(86_400), WarningColour.BLUE, State.CLOSED, null);

        CaseHistory atDeadline = c.history().until(DUE);
        assertThat(atDeadline.finished()).isFalse();
        assertThat(atDeadline.overdue(DUE)).isFalse();
        assertThat(atDeadline.overdue(DUE.plusSeconds(1))).isTrue();
        assertThat(c.history().overdue(DUE.plusSeconds(86_400 * 2))).isFalse();
        assertThat(c.history().until(OCT_1).steps()).isEmpty();
    }
}
