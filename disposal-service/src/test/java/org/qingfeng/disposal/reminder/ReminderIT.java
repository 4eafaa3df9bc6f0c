package org.qingfeng.disposal.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.disposal.ReminderRequested;
import org.qingfeng.disposal.DisposalIntegrationTest;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.inbox.CaseFixtures;
import org.qingfeng.disposal.inbox.InMemoryCases;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

/** The sweep over cases of its own, through the service's real producer, read back from {@code disposal.reminders.v1}. */
class ReminderIT extends DisposalIntegrationTest {

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Test
    void asksIntakeForTheReminderOnTheTopicKeyedByCaseWithTheSameIdFromEveryInstance() {
        InMemoryCases cases = new InMemoryCases();
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);
        Instant morning = Instant.parse("2026-11-19T00:30:00Z");

        assertThat(Sweeps.over(cases, kafka, new SimpleMeterRegistry()).sweep(morning))
                .isEqualTo(1);
        assertThat(Sweeps.over(cases, kafka, new SimpleMeterRegistry()).sweep(morning.plusSeconds(60)))
                .isEqualTo(1);

        TestKafka.awaitRecord(Topics.REMINDERS.name(), c.caseId().toString());
        List<ReminderRequested> asked = TestKafka.valuesOf(
                        Topics.REMINDERS.name(), c.caseId().toString())
                .stream()
                .map(value -> EventJson.mapper().readValue(value, ReminderRequested.class))
                .toList();
        assertThat(asked).hasSize(2).allSatisfy(r -> {
            assertThat(r.eventId()).isEqualTo(ReminderSweep.eventId(c.caseId(), 1, "P2D"));
            assertThat(r.recipientCode()).isEqualTo(NetworkFixtures.DEPARTMENT);
            assertThat(r.dueAt()).isEqualTo(CaseFixtures.DUE);
            assertThat(r.text())
                    .contains("〔2026〕7号")
                    .doesNotContain(c.itemIds().get(0).toString());
        });
    }
}
