package org.qingfeng.gateway.console.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingfeng.gateway.console.FormValues;
import tools.jackson.databind.json.JsonMapper;

/** The decide form as analysis's {@code POST /api/triage} body. */
class TriageDecisionTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void sendsTheClassificationWhenTheFormNamesOne() {
        TriageDecision decision = TriageDecision.from(FormValues.of(Map.of(
                "itemId", List.of("i-1"),
                "decision", List.of("LINKED"),
                "relatedItemId", List.of(" i-0 "),
                "subjectArea", List.of("work-style"),
                "severity", List.of("GRAVE"),
                "riskCategory", List.of(""))));

        assertThat(json.writeValueAsString(decision))
                .isEqualTo("{\"itemId\":\"i-1\",\"decision\":\"LINKED\",\"relatedItemId\":\"i-0\","
                        + "\"classification\":{\"subjectArea\":\"work-style\",\"severity\":\"GRAVE\"}}");
    }

    @Test
    void leavesTheClassificationOutWhenNothingOfItWasChosen() {
        TriageDecision decision = TriageDecision.from(FormValues.of(
                Map.of("itemId", List.of("i-1"), "decision", List.of("UNFOUNDED"), "reason", List.of("查无此事"))));

        assertThat(json.writeValueAsString(decision))
                .isEqualTo("{\"itemId\":\"i-1\",\"decision\":\"UNFOUNDED\",\"reason\":\"查无此事\"}");
    }

    @Test
    void placesAClassificationsErrorAtItsOwnBox() {
        assertThat(TriageDecision.fieldOf("classification.severity")).isEqualTo("severity");
        assertThat(TriageDecision.fieldOf("classification")).isEqualTo("classification");
        assertThat(TriageDecision.fieldOf("reason")).isEqualTo("reason");
    }
}
