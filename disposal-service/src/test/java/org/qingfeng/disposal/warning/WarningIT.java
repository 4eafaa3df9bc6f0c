package org.qingfeng.disposal.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.qingfeng.disposal.warning.ItemSubmittedFixtures.anItem;
import static org.qingfeng.disposal.warning.ItemSubmittedFixtures.anyRoutineItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventDeserializer;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.disposal.DisposalIntegrationTest;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/** Warnings against the real broker and the Mongo wire server. */
class WarningIT extends DisposalIntegrationTest {

    private static final String ITEMS = Topics.ITEM_SUBMITTED.name();
    private static final String WARNINGS = Topics.WARNING_ISSUED.name();
    private static final String AUDIT = Topics.AUDIT_RECORDED.name();

    @Autowired
    Warnings warnings;

    @Test
    void isReadyOnceKafkaAndMongoAnswer() {
        assertThat(mvc.get().uri("/actuator/health/readiness"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void issuesAndPublishesOneWarningPerItemWhenEachRecordIsPublishedTwice() {
        Map<ItemSubmitted, WarningColour> items = Map.of(
                anItem("work-style", Urgency.IMMEDIATE), WarningColour.ORANGE,
                anItem("project-approval", Urgency.ROUTINE), WarningColour.YELLOW,
                anyRoutineItem(), WarningColour.BLUE);

        items.keySet().forEach(WarningIT::publish);
        items.keySet().forEach(WarningIT::publish);
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, ITEMS);

        items.forEach((item, colour) -> {
            assertThat(mvc.get().uri("/api/warnings?itemId={id}", item.itemId()))
                    .bodyJson()
                    .extractingPath("$.warnings[*].colour")
                    .isEqualTo(List.of(colour.name()));
            assertOnePublishedFactFor(
                    warnings.byId(Warning.idFor(item.itemId())).orElseThrow());
        });
    }

    @Test
    void keepsTheFirstIssueOfAWarningWhenItsItemIsProcessedAgain() {
        Warning first = WarningFixtures.aWarning(UUID.randomUUID(), WarningColour.BLUE);
        Warning replayed = new Warning(
                first.warningId(),
                first.itemId(),
                first.unitCode(),
                first.townshipCode(),
                WarningColour.RED,
                first.measure(),
                first.policyVersion(),
                first.reason(),
                Instant.parse("2026-12-01T00:00:00Z"));

        Warnings.Issued once = warnings.issue(List.of(first));
        Warnings.Issued again = warnings.issue(List.of(replayed, replayed));

        assertThat(once.fresh()).containsExactly(first);
        assertThat(again.fresh()).isEmpty();
        assertThat(again.stored()).containsExactly(first);
    }

    @Test
    void countsStoredWarningsPerColour() {
        Map<WarningColour, Long> before = warnings.countByColour(warning -> true);

        warnings.issue(List.of(
                WarningFixtures.aWarning(UUID.randomUUID(), WarningColour.RED),
                WarningFixtures.aWarning(UUID.randomUUID(), WarningColour.RED),
                WarningFixtures.aWarning(UUID.randomUUID(), WarningColour.YELLOW)));

        Map<WarningColour, Long> after = warnings.countByColour(warning -> true);
        assertThat(after.get(WarningColour.RED) - before.get(WarningColour.RED)).isEqualTo(2);
        assertThat(after.get(WarningColour.YELLOW) - before.get(WarningColour.YELLOW))
                .isEqualTo(1);
        assertThat(after.get(WarningColour.BLUE)).isEqualTo(before.get(WarningColour.BLUE));
    }

    @Test
    void parksAnUnreadableRecordOnTheDeadLetterTopicAndWarnsOnTheNextItem() {
        String poisonKey = "poison-" + UUID.randomUUID();
        byte[] poison = "{not an item".getBytes(StandardCharsets.UTF_8);
        ItemSubmitted next = anyRoutineItem();

        TestKafka.publishRaw(ITEMS, poisonKey, poison);
        publish(next);

        assertThat(TestKafka.awaitRecord("disposal.item-submitted.v1.dlt", poisonKey))
                .isEqualTo(poison);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> warnings.byId(Warning.idFor(next.itemId())).isPresent());
    }

    @Test
    void auditsAReadOfAWarningWithTheReadersSubjectAndNothingOfItsContent() {
        ItemSubmitted item = anyRoutineItem();
        publish(item);
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, ITEMS);
        Warning warning = warnings.byId(Warning.idFor(item.itemId())).orElseThrow();
        String subject = "u-" + UUID.randomUUID();

        assertThat(mvc.get()
                        .uri("/api/warnings/{id}", warning.warningId())
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                "Bearer "
                                        + TestTokens.token()
                                                .subject(subject)
                                                .node(NetworkFixtures.TOWNSHIP)
                                                .roles("TOWNSHIP_STAFF")
                                                .sign()))
                .hasStatusOk();

        List<byte[]> raw = TestKafka.valuesOf(AUDIT, "disposal-service").stream()
                .filter(value -> new String(value, StandardCharsets.UTF_8)
                        .contains(warning.warningId().toString()))
                .toList();
        assertThat(raw).hasSize(1);
        assertThat(new String(raw.get(0), StandardCharsets.UTF_8))
                .doesNotContain(item.item().description(), warning.reason(), warning.measure());
        try (EventDeserializer deserializer = new EventDeserializer()) {
            AuditRecorded recorded = (AuditRecorded) deserializer.deserialize(AUDIT, raw.get(0));
            assertThat(recorded.actor()).isEqualTo(subject);
            assertThat(recorded.actorRoles()).containsExactly("TOWNSHIP_STAFF");
            assertThat(recorded.actorNode()).isEqualTo(NetworkFixtures.TOWNSHIP);
            assertThat(recorded.service()).isEqualTo("disposal-service");
            assertThat(recorded.action()).isEqualTo(AuditAction.ITEM_READ);
            assertThat(recorded.targetType()).isEqualTo("warning");
            assertThat(recorded.targetId()).isEqualTo(warning.warningId().toString());
            assertThat(recorded.scopeNode()).isEqualTo(warning.townshipCode());
            assertThat(recorded.outcome()).isEqualTo("GRANTED");
            assertThat(recorded.reason()).isNull();
            assertThat(recorded.detail()).isNull();
        }
    }

    private static void assertOnePublishedFactFor(Warning stored) {
        List<WarningIssued> published = TestKafka.valuesOf(
                        WARNINGS, stored.warningId().toString())
                .stream()
                .map(WarningIT::read)
                .distinct()
                .toList();
        assertThat(published).containsExactly(stored.issued());
        assertThat(published.get(0).eventId()).isEqualTo(EventIds.derive("warning-issued", stored.warningId()));
    }

    private static WarningIssued read(byte[] value) {
        try (EventDeserializer deserializer = new EventDeserializer()) {
            return (WarningIssued) deserializer.deserialize(WARNINGS, value);
        }
    }

    private static void publish(ItemSubmitted item) {
        TestKafka.publish(ITEMS, item.itemId().toString(), item);
    }
}
