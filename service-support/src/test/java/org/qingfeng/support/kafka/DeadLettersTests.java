package org.qingfeng.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoTimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;

class DeadLettersTests {

    @Test
    void sendsARecordToTheDeadLetterTopicOfItsConsumerAndFactLeavingThePartitionToTheKey() {
        ConsumerRecord<String, Object> item = new ConsumerRecord<>(Topics.ITEM_SUBMITTED.name(), 2, 41, "k", "v");
        ConsumerRecord<String, Object> warning = new ConsumerRecord<>(Topics.WARNING_ISSUED.name(), 0, 7, "k", "v");

        assertThat(DeadLetters.destination(item, "analysis"))
                .isEqualTo(new TopicPartition("analysis.item-submitted.v1.dlt", -1));
        assertThat(DeadLetters.destination(warning, "intake"))
                .isEqualTo(new TopicPartition("intake.warning-issued.v1.dlt", -1));
    }

    @Test
    void namesAFailureByItsKindAndClassWithoutItsMessage() {
        String described = FailureLog.describe(new WriteFailed(new MongoTimeoutException("村集体资金使用未按规定公示")));

        assertThat(described).isEqualTo("INFRASTRUCTURE MongoTimeoutException").doesNotContain("村集体");
    }
}
