package org.qingfeng.disposal.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.contracts.disposal.ReminderRequested;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.inbox.CaseFixtures;
import org.qingfeng.disposal.inbox.InMemoryCases;
import org.springframework.kafka.core.KafkaTemplate;

class ReminderSweepTests {

    final InMemoryCases cases = new InMemoryCases();
    final List<ReminderRequested> sent = new ArrayList<>();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @SuppressWarnings("unchecked")
    final KafkaTemplate<String, Object> kafka = mock(KafkaTemplate.class);

    @BeforeEach
    void brokerKeepsWhatItIsSent() {
        given(kafka.send(any(ProducerRecord.class))).willAnswer(call -> {
            ProducerRecord<String, Object> record = call.getArgument(0);
            assertThat(record.topic()).isEqualTo(Topics.REMINDERS.name());
            ReminderRequested reminder = (ReminderRequested) record.value();
            assertThat(record.key()).isEqualTo(reminder.caseId().toString());
            sent.add(reminder);
            return CompletableFuture.completedFuture(null);
        });
    }

    @Test
    void asksForEachLeadOnceAtItsTimeAndNothingAfterTheDeadline() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);
        ReminderSweep sweep = Sweeps.over(cases, kafka, registry);

        assertThat(sweep.sweep(Instant.parse("2026-11-18T23:00:00Z"))).isZero();
        assertThat(sweep.sweep(Instant.parse("2026-11-19T00:00:00Z"))).isEqualTo(1);
        assertThat(sweep.sweep(Instant.parse("2026-11-19T00:05:00Z"))).isZero();
        assertThat(sweep.sweep(Instant.parse("2026-11-20T09:00:00Z"))).isZero();
        assertThat(sweep.sweep(Instant.parse("2026-11-23T00:00:00Z"))).isEqualTo(1);
        assertThat(sweep.sweep(Instant.parse("2026-11-23T15:59:00Z"))).isZero();
        assertThat(sweep.sweep(Instant.parse("2026-11-23T16:00:00Z"))).isZero();

        assertThat(sent).extracting(ReminderRequested::lead).containsExactly("P2D", "P0D");
        assertThat(sent).allSatisfy(r -> {
            assertThat(r.recipientCode()).isEqualTo(NetworkFixtures.DEPARTMENT);
            assertThat(r.dueAt()).isEqualTo(CaseFixtures.DUE);
        });
        assertThat(registry.counter("disposal.reminders.requested").count()).isEqualTo(2.0);
    }

    @Test
    void derivesTheSameIdOnAnotherInstanceAndAfterAnAcknowledgement() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);
        Instant at = Instant.parse("2026-11-19T01:00:00Z");

        Sweeps.over(cases, kafka, registry).sweep(at);
        cases.put(CaseFixtures.after(c, Step.ACKNOWLEDGED, State.ACKNOWLEDGED, at, CaseFixtures.DUE));
        Sweeps.over(cases, kafka, registry).sweep(at.plusSeconds(600));

        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).eventId())
                .isEqualTo(sent.get(0).eventId())
                .isEqualTo(ReminderSweep.eventId(c.caseId(), 1, "P2D"));
    }

    @Test
    void remindsNoOneOnceTheReplyIsIn() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(CaseFixtures.after(
                c, Step.REPLIED, State.REPLIED, Instant.parse("2026-11-18T01:00:00Z"), CaseFixtures.DUE));

        assertThat(Sweeps.over(cases, kafka, registry).sweep(Instant.parse("2026-11-23T01:00:00Z")))
                .isZero();
    }

    @Test
    void remindsOfAnImmediateCasesAcknowledgementUntilItIsAcknowledged() {
        Instant by = Instant.parse("2026-11-17T02:00:00Z");
        CaseView c = CaseFixtures.anyImmediateCase(by);
        cases.put(c);
        ReminderSweep sweep = Sweeps.over(cases, kafka, registry);

        sweep.sweep(Instant.parse("2026-11-16T22:30:00Z"));

        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.lead()).isEqualTo("PT4H");
            assertThat(r.dueAt()).isEqualTo(by);
            assertThat(r.subject()).isEqualTo("【清风预警网】签收期限提醒 / Acknowledgement deadline reminder");
            assertThat(r.text()).startsWith("贵单位收到的〔2026〕8号通知（蓝色预警：书面说明）须于2026年11月17日10:00前签收。");
        });
    }

    @Test
    void saysOnlyTheNoticeTheRungAndTheDayInTheText() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);

        Sweeps.over(cases, kafka, registry).sweep(Instant.parse("2026-11-19T00:00:00Z"));

        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("【清风预警网】答复期限提醒 / Reply deadline reminder");
            assertThat(r.text())
                    .isEqualTo("贵单位收到的〔2026〕7号通知（蓝色预警：书面说明）须于2026年11月24日前答复。/ The reply to notice"
                            + " 〔2026〕7号 (Blue: written explanation) is due by 24 November 2026.");
        });
    }
}
