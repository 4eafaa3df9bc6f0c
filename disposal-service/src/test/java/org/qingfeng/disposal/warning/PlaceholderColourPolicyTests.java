package org.qingfeng.disposal.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.disposal.warning.ItemSubmittedFixtures.details;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.Urgency;

class PlaceholderColourPolicyTests {

    private final PlaceholderColourPolicy policy = new PlaceholderColourPolicy();

    @Test
    void givesAnImmediateItemOrangeEvenInAWarningTalkArea() {
        ColourDecision decision = policy.decide(details("law-enforcement", Urgency.IMMEDIATE));

        assertThat(decision.colour()).isEqualTo(WarningColour.ORANGE);
        assertThat(decision.reason()).isEqualTo("立即报送事项：限期整改的廉政预警 / immediate item: integrity warning with a deadline");
        assertThat(decision.measure()).isEqualTo("廉政预警通知书，限期整改 / Integrity warning with a deadline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"law-enforcement", "project-approval"})
    void givesARoutineItemInAWarningTalkAreaYellowAndNamesTheArea(String subjectArea) {
        ColourDecision decision = policy.decide(details(subjectArea, Urgency.ROUTINE));

        assertThat(decision.colour()).isEqualTo(WarningColour.YELLOW);
        assertThat(decision.reason())
                .isEqualTo("问题类别 " + subjectArea + "：警示谈话 / subject area " + subjectArea + ": warning talk");
        assertThat(decision.measure()).isEqualTo("警示谈话 / Warning talk");
    }

    @Test
    void givesAnyOtherRoutineItemBlue() {
        ColourDecision decision = policy.decide(details("medical-ethics", Urgency.ROUTINE));

        assertThat(decision.colour()).isEqualTo(WarningColour.BLUE);
        assertThat(decision.reason()).isEqualTo("常规事项：要求书面说明 / routine item: ask for a written explanation");
        assertThat(decision.measure()).isEqualTo("情况说明通知书 / Written explanation");
    }

    @Test
    void signsEveryDecisionWithItsVersion() {
        assertThat(policy.decide(details("work-style", Urgency.ROUTINE)).policyVersion())
                .isEqualTo("placeholder-1");
    }
}
