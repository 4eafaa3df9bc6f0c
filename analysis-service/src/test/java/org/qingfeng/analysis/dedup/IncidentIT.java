package org.qingfeng.analysis.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.AnalysisIntegrationTest;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ItemMatched;
import org.qingfeng.contracts.intake.ItemMatched.Relation;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;

/** Intake's matches projected: a repeated incident counts once, a link counts apart, a replay changes nothing. */
class IncidentIT extends AnalysisIntegrationTest {

    @Autowired
    IncidentStore incidents;

    @Test
    void theSameIncidentReportedThreeTimesCountsOnceAndALinkCountsApart() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        UUID alone = UUID.randomUUID();
        List<ItemMatched> matches = List.of(
                matched(second, first, Relation.SAME_INCIDENT),
                matched(third, first, Relation.SAME_INCIDENT),
                matched(elsewhere, first, Relation.SAME_PROBLEM_ELSEWHERE));
        matches.forEach(
                m -> TestKafka.publish(Topics.ITEM_MATCHED.name(), m.itemId().toString(), m));
        TestKafka.publish(Topics.ITEM_MATCHED.name(), second.toString(), matches.get(0));
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.ITEM_MATCHED.name());

        assertThat(incidents.incidentsOf(List.of(first, second, third, elsewhere, alone)))
                .containsEntry(first, first)
                .containsEntry(second, first)
                .containsEntry(third, first)
                .containsEntry(elsewhere, elsewhere)
                .containsEntry(alone, alone);
        assertThat(incidents.countIncidents(List.of(first, second, third, elsewhere, alone)))
                .isEqualTo(3);
    }

    private static ItemMatched matched(UUID item, UUID earlier, Relation relation) {
        return new ItemMatched(
                EventIds.derive("item-matched", item),
                Instant.parse("2026-11-03T01:15:30Z"),
                item,
                earlier,
                relation,
                0.72,
                "minhash-lsh-1");
    }
}
