package org.qingfeng.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.assessment.rules.ItemFacts;
import org.qingfeng.analysis.compliance.rules.ComplianceFlag;
import org.qingfeng.analysis.network.rules.NetworkNode;
import org.qingfeng.analysis.network.rules.RosterEntry;
import org.qingfeng.analysis.triage.rules.ClassificationDraft;
import org.qingfeng.analysis.triage.rules.TriageDraft;
import org.qingfeng.analysis.triage.rules.TriageRules;
import org.qingfeng.contracts.EventHeaders;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.EventSerializer;
import org.qingfeng.contracts.Golden;
import org.qingfeng.contracts.TopicSpec;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.InformantChanged;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.support.kafka.WholeEventDeserializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/** analysis reads every golden event it consumes through its listeners' deserializer, and writes the golden decision. */
class ContractTests {

    private static final UUID GOLDEN_ITEM = UUID.fromString("0b9f3c5e-6a4d-4e8b-9f21-3c7d5a1e8b40");

    @Test
    void projectsTheGoldenNode() {
        NetworkNode node = NetworkNode.from(golden(Topics.NETWORK_CHANGED, NetworkNodeChanged.class));

        assertThat(node)
                .isEqualTo(
                        new NetworkNode("330281-D03", NodeKind.DEPARTMENT, "县住房和城乡建设局", "330281", true, "330281-D01"));
    }

    @Test
    void projectsTheGoldenRosterEntryUnderItsTokenOnly() {
        RosterEntry entry = RosterEntry.from(golden(Topics.INFORMANT_CHANGED, InformantChanged.class));

        assertThat(entry.informantToken()).isEqualTo("inf-8M3QZ1K7VX0T4N2C9R5B6H8D1F");
        assertThat(entry.status()).isEqualTo(InformantStatus.ACTIVE);
        assertThat(entry.appointedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(entry.version()).isEqualTo(3);
    }

    @Test
    void projectsTheGoldenComplianceFlagUnderUnitAndPeriod() {
        ComplianceFlag flag =
                ComplianceFlag.from(golden(Topics.REPORTING_COMPLIANCE, ReportingComplianceChanged.class));

        assertThat(flag.id()).isEqualTo("330281-101|2026-09");
        assertThat(flag.state()).isEqualTo(ComplianceState.LATE);
        assertThat(flag.filedAt()).isEqualTo(Instant.parse("2026-10-09T01:30:00Z"));
        assertThat(flag.nil()).isTrue();
    }

    @Test
    void readsTheGoldenItemAsReceivedOnItsBeijingDayWithTheInformantsToken() {
        ItemSubmitted item = golden(Topics.ITEM_SUBMITTED, ItemSubmitted.class);

        assertThat(item.informantToken()).isEqualTo("inf-8M3QZ1K7VX0T4N2C9R5B6H8D1F");
        assertThat(item.item().occurredOn()).isEqualTo(LocalDate.of(2026, 10, 28));
        assertThat(ItemFacts.receivedOn(item.occurredAt(), ZoneId.of("Asia/Shanghai")))
                .isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    void readsTheGoldenWarningOfTheGoldenItem() {
        assertThat(golden(Topics.WARNING_ISSUED, WarningIssued.class).itemId()).isEqualTo(GOLDEN_ITEM);
    }

    @Test
    void writesTheGoldenDecision() {
        RecordHeaders headers = new RecordHeaders();
        byte[] written;
        try (EventSerializer serializer = new EventSerializer()) {
            written = serializer.serialize(
                    Topics.ITEM_TRIAGED.name(),
                    headers,
                    TriageRules.triaged(
                            new TriageDraft(
                                    GOLDEN_ITEM,
                                    TriageDecision.ACCEPTED,
                                    null,
                                    null,
                                    new ClassificationDraft(
                                            "work-style",
                                            RiskCategory.POST_DUTIES,
                                            "330281-D01-P03",
                                            Severity.MODERATE,
                                            "office-1")),
                            1,
                            Instant.parse("2026-11-05T06:20:00Z"),
                            "u-7f3a9c"));
        }

        assertThat(EventJson.mapper().readTree(written))
                .isEqualTo(EventJson.mapper().readTree(Golden.json(Topics.ITEM_TRIAGED)));
        assertThat(new String(headers.lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo("item-triaged");
    }

    @Test
    void readsTheGoldenDecisionBackAsTheAssessmentListenerDoes() {
        assertThat(golden(Topics.ITEM_TRIAGED, ItemTriaged.class).sequence()).isEqualTo(1);
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
