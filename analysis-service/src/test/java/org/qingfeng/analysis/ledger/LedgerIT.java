package org.qingfeng.analysis.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.qingfeng.analysis.ledger.ItemSubmittedFixtures.anyItemIn;
import static org.qingfeng.analysis.ledger.ItemSubmittedFixtures.anyTownship;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.AnalysisIntegrationTest;
import org.qingfeng.analysis.NetworkFixtures;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;

/** The ledger against the real broker and the Mongo wire server. */
class LedgerIT extends AnalysisIntegrationTest {

    private static final String TOPIC = Topics.ITEM_SUBMITTED.name();

    @Autowired
    MonthlyLedgers ledgers;

    @Test
    void isReadyOnceKafkaAndMongoAnswer() {
        assertThat(mvc.get().uri("/actuator/health/readiness"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void countsEveryItemOnceWhenEachRecordIsPublishedTwice() {
        String township = anyTownship();
        project(List.of(NetworkFixtures.node(township, NodeKind.TOWNSHIP, NetworkFixtures.ROOT)));
        List<ItemSubmitted> items = List.of(
                anyItemIn(township, "work-style"),
                anyItemIn(township, "work-style"),
                anyItemIn(township, "law-enforcement"));

        items.forEach(LedgerIT::publish);
        items.forEach(LedgerIT::publish);
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, TOPIC);

        assertThat(mvc.get().uri("/api/ledgers/2026-11?townshipCode={t}", township))
                .bodyJson()
                .isStrictlyEqualTo("""
                        {"month": "2026-11", "total": 3, "rows": [
                          {"townshipCode": "%1$s", "subjectArea": "law-enforcement", "count": 1},
                          {"townshipCode": "%1$s", "subjectArea": "work-style", "count": 2}]}
                        """.formatted(township));
    }

    @Test
    void countsAnItemOnceWhenItIsDeliveredTwiceInOneBatchAndAgainInTheNext() {
        LedgerEntry entry = entryOf(anyItemIn(anyTownship(), "medical-ethics"));

        int firstBatch = ledgers.count(List.of(entry, entry));
        int secondBatch = ledgers.count(List.of(entry));

        assertThat(firstBatch).isEqualTo(1);
        assertThat(secondBatch).isZero();
        assertThat(ledgers.rows(
                        LedgerKey.Range.of(entry.key().month(), entry.key().townshipCode())))
                .extracting(LedgerRow::count)
                .containsExactly(1);
    }

    @Test
    void countsTheOtherItemsOfABatchThatRepeatsOneOfThem() {
        String township = anyTownship();
        LedgerEntry counted = entryOf(anyItemIn(township, "work-style"));
        LedgerEntry fresh = entryOf(anyItemIn(township, "work-style"));
        ledgers.count(List.of(counted));

        int newlyCounted = ledgers.count(List.of(counted, fresh, counted));

        assertThat(newlyCounted).isEqualTo(1);
        assertThat(ledgers.rows(LedgerKey.Range.of(counted.key().month(), township)))
                .extracting(LedgerRow::count)
                .containsExactly(2);
    }

    @Test
    void parksAnUnreadableRecordOnTheDeadLetterTopicAndCountsTheNextItem() {
        String township = anyTownship();
        byte[] poison = "{not an item".getBytes(StandardCharsets.UTF_8);
        ItemSubmitted next = anyItemIn(township, "work-style");

        TestKafka.publishRaw(TOPIC, "poison-" + township, poison);
        publish(next);

        assertThat(TestKafka.awaitRecord("analysis.item-submitted.v1.dlt", "poison-" + township))
                .isEqualTo(poison);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        ledgers.rows(LedgerKey.Range.of(entryOf(next).key().month(), township)))
                .extracting(LedgerRow::count)
                .containsExactly(1));
    }

    private static void publish(ItemSubmitted item) {
        TestKafka.publish(TOPIC, item.itemId().toString(), item);
    }

    private static LedgerEntry entryOf(ItemSubmitted item) {
        return LedgerEntry.of(item, new ReportingMonth(ZoneId.of("Asia/Shanghai")));
    }
}
