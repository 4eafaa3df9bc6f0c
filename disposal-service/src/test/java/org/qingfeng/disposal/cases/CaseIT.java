package org.qingfeng.disposal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.qingfeng.contracts.disposal.CaseStepped.Step.ACKNOWLEDGED;
import static org.qingfeng.contracts.disposal.CaseStepped.Step.ESCALATED;
import static org.qingfeng.contracts.disposal.CaseStepped.Step.NOTICE_ISSUED;
import static org.qingfeng.contracts.disposal.CaseStepped.Step.OPENED;
import static org.qingfeng.contracts.disposal.CaseStepped.Step.REPLY_ACCEPTED;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventDeserializer;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.disposal.DisposalIntegrationTest;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Role;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.ErrorResponseException;

/** Cases opened from the topics, projected, stepped and swept, on the real broker and the Mongo wire server. */
class CaseIT extends DisposalIntegrationTest {

    private static final String OPENERS = "disposal-service-case-openers";
    private static final String PROJECTION = "disposal-service-cases";
    private static final Actor STATION = new Actor("u-station", Set.of(Role.WORK_STATION_STAFF), NetworkFixtures.ROOT);

    @Autowired
    private Cases cases;

    @Autowired
    private CaseSteps steps;

    @Autowired
    private DeadlineSweeper sweeper;

    @Autowired
    private CaseOpening opening;

    @Test
    void aFindingForDisposalOpensACaseWithItsFirstNumberedNotice() {
        FindingPublished finding = CaseFixtures.anyFinding(Destination.DISPOSAL, Severity.MINOR);

        CaseView opened = openedBy(finding);

        assertThat(opened.history()).extracting(CaseStepped::step).containsExactly(OPENED, NOTICE_ISSUED);
        assertThat(opened.origin()).isEqualTo(CaseStepped.Origin.FINDING);
        assertThat(opened.findingId()).isEqualTo(finding.findingId());
        assertThat(opened.itemIds()).isEqualTo(finding.itemIds());
        assertThat(opened.unitCode()).isEqualTo(finding.unitCode());
        assertThat(opened.recipientCode()).as("notices go to the unit itself").isEqualTo(finding.unitCode());
        assertThat(opened.townshipCode()).isEqualTo(NetworkFixtures.TOWNSHIP);
        assertThat(opened.stationCode()).isEqualTo(NetworkFixtures.ROOT);
        assertThat(opened.ladder()).isEqualTo("four-colour");
        assertThat(opened.policyVersion()).isEqualTo("first-colour-1");
        assertThat(opened.dueAt()).isAfter(opened.openedAt());
        assertThat(opened.notices().get(0).documentNumber()).matches("〔20\\d\\d〕\\d+号");
        assertThat(opened.history().get(0).actor()).isEqualTo("disposal-service");
    }

    @Test
    void anExchangeOpensNothingButCanBeOpenedByHandOnAnotherLadder() {
        FindingPublished exchange = CaseFixtures.anyFinding(Destination.EXCHANGE, Severity.SERIOUS);
        TestKafka.publish(Topics.FINDINGS.name(), exchange.findingId().toString(), exchange);
        ConsumerGroups.awaitConsumed(OPENERS, Topics.FINDINGS.name());
        ConsumerGroups.awaitConsumed(PROJECTION, Topics.CASE_STEPS.name());
        UUID caseId = EventIds.derive("case", exchange.findingId());
        assertThat(cases.find(caseId)).isEmpty();

        Actor otherCounty = new Actor("u-elsewhere", Set.of(Role.WORK_STATION_STAFF), "330282");
        assertThatThrownBy(() -> opening.openForFinding(exchange.findingId(), "inquiry", otherCounty))
                .as("a finding outside the caller's subtree is as unknown")
                .isInstanceOf(ErrorResponseException.class)
                .extracting(e -> ((ErrorResponseException) e).getStatusCode().value())
                .isEqualTo(404);
        assertThat(opening.openForFinding(exchange.findingId(), "inquiry", STATION))
                .isEqualTo(caseId);
        CaseView opened = awaitSequence(caseId, 2);
        assertThat(opened.ladder()).isEqualTo("inquiry");
        assertThat(opened.rungCode()).as("serious +1: the letter of inquiry").isEqualTo("INQUIRY");
        assertThat(opened.history().get(0).reason()).contains("越过提醒直接函询");
        assertThatThrownBy(() -> opening.openForFinding(exchange.findingId(), null, STATION))
                .isInstanceOf(CaseConflict.class);
    }

    @Test
    void anImmediateItemOpensACaseAtOnceThatMustBeAcknowledgedAndCarriesNothingOfTheItem() {
        ItemSubmitted item = CaseFixtures.anImmediateItem();
        TestKafka.publish(Topics.ITEM_SUBMITTED.name(), item.itemId().toString(), item);
        UUID caseId = EventIds.derive("case", item.itemId());

        CaseView opened = awaitSequence(caseId, 2);

        assertThat(opened.origin()).isEqualTo(CaseStepped.Origin.IMMEDIATE_ITEM);
        assertThat(opened.itemIds()).containsExactly(item.itemId());
        assertThat(opened.townshipCode()).isEqualTo(NetworkFixtures.TOWNSHIP);
        assertThat(opened.severity()).isEqualTo(Severity.SERIOUS);
        assertThat(opened.rungCode()).isEqualTo("YELLOW");
        assertThat(opened.acknowledgeBy()).isEqualTo(opened.openedAt().plus(Duration.ofHours(24)));
        List<String> published = TestKafka.valuesOf(Topics.CASE_STEPS.name(), caseId.toString()).stream()
                .map(value -> new String(value, StandardCharsets.UTF_8))
                .toList();
        assertThat(published).hasSize(2).allSatisfy(json -> assertThat(json)
                .doesNotContain(
                        CaseFixtures.ITEM_WORDING, "CONTACT_CARD", NetworkFixtures.VILLAGE, "2026-11-12T02:17"));
    }

    @Test
    void aReplayedFindingOpensNothingNew() {
        FindingPublished finding = CaseFixtures.anyFinding(Destination.DISPOSAL, Severity.MINOR);
        CaseView opened = openedBy(finding);

        TestKafka.publish(Topics.FINDINGS.name(), finding.findingId().toString(), finding);
        ConsumerGroups.awaitConsumed(OPENERS, Topics.FINDINGS.name());
        ConsumerGroups.awaitConsumed(PROJECTION, Topics.CASE_STEPS.name());

        assertThat(TestKafka.valuesOf(Topics.CASE_STEPS.name(), opened.caseId().toString()))
                .hasSize(2);
        assertThat(cases.find(opened.caseId()).orElseThrow().history()).isEqualTo(opened.history());
    }

    @Test
    void theSweeperEscalatesAnOverdueCaseExactlyOnceHoweverOftenItRuns() {
        CaseView opened = openedBy(CaseFixtures.anyFinding(Destination.DISPOSAL, Severity.MINOR));
        assertThat(opened.rungCode()).isEqualTo("BLUE");

        assertThat(sweeper.sweep(opened.dueAt().minusSeconds(1), only(opened))).isZero();
        assertThat(sweeper.sweep(opened.dueAt().plusSeconds(60), only(opened))).isEqualTo(1);
        sweeper.sweep(opened.dueAt().plusSeconds(120), only(opened));

        CaseView escalated = awaitSequence(opened.caseId(), 4);
        ConsumerGroups.awaitConsumed(PROJECTION, Topics.CASE_STEPS.name());
        CaseView settled = cases.find(opened.caseId()).orElseThrow();
        assertThat(settled.history())
                .extracting(CaseStepped::step)
                .containsExactly(OPENED, NOTICE_ISSUED, ESCALATED, NOTICE_ISSUED);
        assertThat(settled.rungCode()).isEqualTo("YELLOW");
        assertThat(escalated.history().get(2).occurredAt()).isEqualTo(opened.dueAt());
        assertThat(settled.notices()).extracting(CaseStepped::documentNumber).doesNotHaveDuplicates();
        // Whatever a second sweep published before the projection caught up is the same fact.
        try (EventDeserializer deserializer = new EventDeserializer()) {
            List<CaseStepped> published =
                    TestKafka.valuesOf(Topics.CASE_STEPS.name(), opened.caseId().toString()).stream()
                            .map(value -> (CaseStepped) deserializer.deserialize(Topics.CASE_STEPS.name(), value))
                            .filter(step -> step.sequence() >= 3)
                            .toList();
            assertThat(published).allSatisfy(step -> assertThat(step)
                    .isEqualTo(settled.step(step.sequence()).orElseThrow()));
        }
    }

    @Test
    void stepsAreCheckedAgainstTheProjectedCaseAndAnAcceptedReplyClosesIt() {
        CaseView opened = openedBy(CaseFixtures.anyFinding(Destination.DISPOSAL, Severity.MINOR));
        UUID caseId = opened.caseId();

        assertThatThrownBy(() -> steps.append(CaseCommand.acknowledge(caseId, 1, "u-officer")))
                .isInstanceOf(CaseConflict.class)
                .hasMessageContaining("案件已有新的办理步骤");
        assertThatThrownBy(() -> steps.append(CaseCommand.acknowledge(UUID.randomUUID(), 2, "u-officer")))
                .isInstanceOf(CaseNotFound.class);

        assertThat(steps.append(CaseCommand.acknowledge(caseId, 2, "u-officer")).step())
                .isEqualTo(ACKNOWLEDGED);
        awaitSequence(caseId, 3);
        assertThatThrownBy(() -> steps.append(CaseCommand.acknowledge(caseId, 3, "u-officer")))
                .isInstanceOf(CaseConflict.class)
                .hasMessageContaining("已签收");
        steps.append(CaseCommand.reply(caseId, 3, "u-officer", "情况说明：已核实并整改", List.of()));
        awaitSequence(caseId, 4);
        CaseStepped accepted = steps.append(new CaseCommand(
                caseId, 4L, REPLY_ACCEPTED, "u-station", "经核查属实，已整改到位", null, List.of(), null, null, null));

        assertThat(accepted.state()).isEqualTo(CaseStepped.State.CLOSED);
        CaseView closed = awaitSequence(caseId, 5);
        assertThat(closed.finished()).isTrue();
        assertThat(cases.unfinished()).extracting(CaseView::caseId).doesNotContain(caseId);
        assertThat(cases.containing(opened.itemIds().get(0)))
                .extracting(CaseView::caseId)
                .containsExactly(caseId);
        assertThat(cases.addressedTo(List.of(opened.recipientCode(), "elsewhere")))
                .extracting(CaseView::caseId)
                .contains(caseId);
        assertThat(cases.steppedBetween(opened.openedAt(), opened.openedAt().plusMillis(1)))
                .extracting(CaseView::caseId)
                .contains(caseId);
    }

    private CaseView openedBy(FindingPublished finding) {
        TestKafka.publish(Topics.FINDINGS.name(), finding.findingId().toString(), finding);
        return awaitSequence(EventIds.derive("case", finding.findingId()), 2);
    }

    private CaseView awaitSequence(UUID caseId, long sequence) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> cases.find(caseId).orElse(null), c -> c != null && c.sequence() >= sequence);
    }

    private static java.util.function.Predicate<CaseView> only(CaseView view) {
        return c -> c.caseId().equals(view.caseId());
    }
}
