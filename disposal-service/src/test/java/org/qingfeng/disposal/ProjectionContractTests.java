package org.qingfeng.disposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Golden;
import org.qingfeng.contracts.TopicSpec;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.contracts.intake.ReportingCycle;
import org.qingfeng.disposal.network.rules.NetworkNode;
import org.qingfeng.disposal.signal.rules.ReportingSignal;
import org.qingfeng.support.kafka.WholeEventDeserializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/** disposal reads intake's golden node and compliance change through its listeners' deserializer. */
class ProjectionContractTests {

    @Test
    void projectsTheGoldenDepartmentWithItsCompetentDepartment() {
        NetworkNode node = NetworkNode.from(golden(Topics.NETWORK_CHANGED, NetworkNodeChanged.class));

        assertThat(node)
                .isEqualTo(
                        new NetworkNode("330281-D03", NodeKind.DEPARTMENT, "县住房和城乡建设局", "330281", "330281-D01", true));
    }

    @Test
    void keepsTheGoldenLateReportAsASignal() {
        ReportingSignal signal = ReportingSignal.of(
                        golden(Topics.REPORTING_COMPLIANCE, ReportingComplianceChanged.class))
                .orElseThrow();

        assertThat(signal)
                .isEqualTo(new ReportingSignal(
                        "330281-101",
                        ReportingCycle.TOWNSHIP_MONTHLY,
                        "2026-09",
                        LocalDate.of(2026, 10, 8),
                        ComplianceState.LATE,
                        Instant.parse("2026-10-09T01:30:00Z")));
    }

    private static <T> T golden(TopicSpec topic, Class<T> type) {
        try (ErrorHandlingDeserializer<Object> deserializer =
                new ErrorHandlingDeserializer<>(new WholeEventDeserializer())) {
            Object value = deserializer.deserialize(topic.name(), new RecordHeaders(), Golden.bytes(topic));
            assertThat(value).isInstanceOf(type);
            return type.cast(value);
        }
    }
}
