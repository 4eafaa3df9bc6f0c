package org.qingfeng.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;

class GoldenFilesTests {

    static final java.util.List<TopicSpec> topics = Topics.ALL;

    @ParameterizedTest
    @FieldSource("topics")
    void everyGoldenFileRoundTripsWithoutLosingAField(TopicSpec topic) {
        byte[] golden = Golden.bytes(topic);
        RecordHeaders headers = new RecordHeaders();

        Object event = new EventDeserializer().deserialize(topic.name(), headers, golden);
        byte[] written = new EventSerializer().serialize(topic.name(), headers, event);

        JsonNode expected = EventJson.mapper().readTree(golden);
        assertThat(EventJson.mapper().readTree(written)).isEqualTo(expected);
        assertThat(new String(headers.lastHeader(EventHeaders.EVENT_TYPE).value()))
                .isEqualTo(topic.eventType());
    }

    @Test
    void aHeaderNamingAnotherTypeIsRefused() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(EventHeaders.EVENT_TYPE, "warning-issued".getBytes());

        assertThatThrownBy(() -> new EventDeserializer()
                        .deserialize(Topics.ITEM_SUBMITTED.name(), headers, Golden.bytes(Topics.ITEM_SUBMITTED)))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void deadLetterTopicsBelongToTheConsumerAndStillResolveTheirValueType() {
        String dlt = Topics.ITEM_SUBMITTED.deadLetterFor("analysis");

        assertThat(dlt).isEqualTo("analysis.item-submitted.v1.dlt");
        assertThat(Topics.byName(dlt)).contains(Topics.ITEM_SUBMITTED);
    }

    @Test
    void derivedEventIdsAreStablePerSubjectAndDifferPerType() {
        java.util.UUID item = java.util.UUID.randomUUID();

        assertThat(EventIds.derive("item-submitted", item)).isEqualTo(EventIds.derive("item-submitted", item));
        assertThat(EventIds.derive("item-submitted", item)).isNotEqualTo(EventIds.derive("warning-issued", item));
    }
}
