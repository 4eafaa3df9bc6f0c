package org.qingfeng.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;

class TopicDeclarationsTests {

    @Test
    void declaresAnOwnedTopicWithTheSettingsOfItsSpecOnThreePartitions() {
        NewTopic topic = TopicDeclarations.owned(Topics.NETWORK_CHANGED, (short) 1);

        assertThat(topic.name()).isEqualTo("intake.network-changed.v1");
        assertThat(topic.numPartitions()).isEqualTo(3);
        assertThat(topic.replicationFactor()).isEqualTo((short) 1);
        assertThat(topic.configs()).containsEntry("cleanup.policy", "compact").doesNotContainKey("min.insync.replicas");
    }

    @Test
    void keepsDeadLettersForeverAndAsksTwoCopiesOfEveryWriteFromThreeReplicas() {
        NewTopic topic = TopicDeclarations.deadLetters(Topics.ITEM_SUBMITTED, "disposal", (short) 3);

        assertThat(topic.name()).isEqualTo("disposal.item-submitted.v1.dlt");
        assertThat(topic.configs())
                .containsEntry("retention.ms", "-1")
                .containsEntry("retention.bytes", "-1")
                .containsEntry("min.insync.replicas", "2");
    }
}
