package org.qingfeng.disposal.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.qingfeng.disposal.ComplianceFixtures.monthly;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.disposal.DisposalIntegrationTest;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import tools.jackson.databind.JsonNode;

/** Late and missing reports kept from intake's compliance topic, on the real broker and Mongo wire server. */
class ReportingSignalIT extends DisposalIntegrationTest {

    private static final String TOPIC = Topics.REPORTING_COMPLIANCE.name();

    /** Far in the future, so these are the newest signals of their county in any order of tests. */
    private static final LocalDate SEPTEMBER_CLOSES = LocalDate.of(2099, 10, 8);

    private static final LocalDate OCTOBER_CLOSES = LocalDate.of(2099, 11, 9);

    @Test
    void keepsLateOverMissingIgnoresOnTimeAndListsTheNewestWindowFirst() {
        String county = NetworkFixtures.anyCountyCode();
        String lateAfterMissing = county + "-101";
        String staleMissing = county + "-102";
        String onTime = county + "-103";
        String missing = county + "-104";
        project(List.of(
                NetworkFixtures.node(county, NodeKind.COUNTY, null, true),
                NetworkFixtures.node(lateAfterMissing, NodeKind.TOWNSHIP, county, true),
                NetworkFixtures.node(staleMissing, NodeKind.TOWNSHIP, county, true),
                NetworkFixtures.node(onTime, NodeKind.TOWNSHIP, county, true),
                NetworkFixtures.node(missing, NodeKind.TOWNSHIP, county, true)));

        publish(monthly(lateAfterMissing, "2099-09", SEPTEMBER_CLOSES, ComplianceState.MISSING));
        publish(monthly(lateAfterMissing, "2099-09", SEPTEMBER_CLOSES, ComplianceState.LATE));
        publish(monthly(staleMissing, "2099-09", SEPTEMBER_CLOSES, ComplianceState.LATE));
        publish(monthly(staleMissing, "2099-09", SEPTEMBER_CLOSES, ComplianceState.MISSING));
        publish(monthly(onTime, "2099-09", SEPTEMBER_CLOSES, ComplianceState.ON_TIME));
        publish(monthly(missing, "2099-10", OCTOBER_CLOSES, ComplianceState.MISSING));
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, TOPIC);

        JsonNode signals =
                getJsonAs(staffAt(county), "/api/reporting-signals?limit=200").get("signals");
        List<JsonNode> found =
                StreamSupport.stream(signals.spliterator(), false).toList();

        assertThat(found)
                .extracting(signal -> signal.get("unitCode").asString(), signal -> signal.get("state")
                        .asString())
                .containsExactlyInAnyOrder(
                        tuple(lateAfterMissing, "LATE"), tuple(staleMissing, "LATE"), tuple(missing, "MISSING"));
        assertThat(found.get(0).get("unitCode").asString()).isEqualTo(missing);
        assertThat(found.get(0).get("filedAt").isNull()).isTrue();
        assertThat(getJsonAs(staffAt(county), "/api/reporting-signals?limit=1").get("signals"))
                .singleElement()
                .satisfies(
                        signal -> assertThat(signal.get("unitCode").asString()).isEqualTo(missing));
    }

    private static void publish(ReportingComplianceChanged changed) {
        TestKafka.publish(TOPIC, changed.key(), changed);
    }
}
