package org.qingfeng.analysis.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.qingfeng.analysis.ComplianceFixtures.flag;
import static org.qingfeng.analysis.ComplianceFixtures.september;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.AnalysisIntegrationTest;
import org.qingfeng.analysis.NetworkFixtures;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.contracts.intake.ReportingCycle;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Compliance flags projected from intake's topic, each unit's standing state, read by closing day. */
class ComplianceIT extends AnalysisIntegrationTest {

    private static final String TOPIC = Topics.REPORTING_COMPLIANCE.name();

    @Test
    void keepsLateOverMissingAndOnTimeOverEverythingAndListsWindowsClosingInTheRange() {
        String county = NetworkFixtures.anyCountyCode();
        String lateAfterMissing = county + "-101";
        String staleMissing = county + "-102";
        String onTime = county + "-103";
        String cityUnit = county + "-C01";
        String closingLater = county + "-104";
        project(List.of(
                NetworkFixtures.node(county, NodeKind.COUNTY, null),
                NetworkFixtures.node(lateAfterMissing, NodeKind.TOWNSHIP, county),
                NetworkFixtures.node(staleMissing, NodeKind.TOWNSHIP, county),
                NetworkFixtures.node(onTime, NodeKind.TOWNSHIP, county),
                NetworkFixtures.node(cityUnit, NodeKind.CITY_UNIT, county),
                NetworkFixtures.node(closingLater, NodeKind.TOWNSHIP, county)));

        publish(september(lateAfterMissing, ComplianceState.MISSING));
        publish(september(lateAfterMissing, ComplianceState.LATE));
        publish(september(staleMissing, ComplianceState.LATE));
        publish(september(staleMissing, ComplianceState.MISSING));
        publish(september(onTime, ComplianceState.ON_TIME));
        publish(september(onTime, ComplianceState.LATE));
        publish(flag(
                cityUnit,
                ReportingCycle.CITY_UNIT_QUARTERLY,
                "2026-Q3",
                LocalDate.of(2026, 10, 9),
                LocalDate.of(2026, 10, 16),
                ComplianceState.MISSING,
                null));
        publish(flag(
                closingLater,
                ReportingCycle.TOWNSHIP_MONTHLY,
                "2026-10",
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 9),
                ComplianceState.MISSING,
                null));
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, TOPIC);

        JsonNode flags = getJsonAs(staffAt(county), "/api/compliance?from=2026-10-01&to=2026-10-31")
                .get("flags");
        List<JsonNode> ours = StreamSupport.stream(flags.spliterator(), false).toList();

        assertThat(ours)
                .extracting(flag -> flag.get("unitCode").asString(), flag -> flag.get("state")
                        .asString())
                .containsExactly(
                        tuple(lateAfterMissing, "LATE"),
                        tuple(staleMissing, "LATE"),
                        tuple(onTime, "ON_TIME"),
                        tuple(cityUnit, "MISSING"));
        assertThat(ours.get(0).get("filedAt").asString()).isEqualTo("2026-10-09T01:30:00Z");
        assertThat(ours.get(0).get("closesOn").asString()).isEqualTo("2026-10-08");
        assertThat(ours.get(3).get("filedAt").isNull()).isTrue();
        assertThat(ours.get(3).get("cycle").asString()).isEqualTo("CITY_UNIT_QUARTERLY");
    }

    @Test
    void answersBadRangesWithProblemsNamingTheField() {
        assertThat(mvc.get().uri("/api/compliance?from=2026-10-31&to=2026-10-01"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("to");
        assertThat(mvc.get().uri("/api/compliance?from=2026-10-01"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("to");
    }

    private static void publish(ReportingComplianceChanged flag) {
        TestKafka.publish(TOPIC, flag.key(), flag);
    }
}
