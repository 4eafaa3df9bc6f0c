package org.qingfeng.disposal.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.disposal.warning.WarningFixtures.GOLDEN_ISSUED_AT;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventHeaders;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.EventSerializer;
import org.qingfeng.contracts.Golden;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.support.kafka.WholeEventDeserializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/** disposal reads the golden item-submitted and writes the golden warning-issued, ids derived as in production. */
class WarningContractTests {

    private final PlaceholderColourPolicy policy = new PlaceholderColourPolicy();

    @Test
    void readsTheGoldenItemThroughTheListenersDeserializer() {
        ItemSubmitted item = goldenItem();

        assertThat(item.itemId()).hasToString("0b9f3c5e-6a4d-4e8b-9f21-3c7d5a1e8b40");
        assertThat(item.item().unitCode()).isEqualTo("330281-D03");
        assertThat(item.item().townshipCode()).isEqualTo("330281-101");
    }

    @Test
    void writesTheGoldenWarningForTheGoldenItem() {
        ItemSubmitted item = goldenItem();
        Warning decided = Warning.of(item, policy.decide(item.item()), GOLDEN_ISSUED_AT);
        RecordHeaders headers = new RecordHeaders();

        byte[] written;
        try (EventSerializer serializer = new EventSerializer()) {
            written = serializer.serialize(Topics.WARNING_ISSUED.name(), headers, decided.issued());
        }

        assertThat(EventJson.mapper().readTree(written))
                .isEqualTo(EventJson.mapper().readTree(Golden.json(Topics.WARNING_ISSUED)));
        assertThat(new String(headers.lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo("warning-issued");
    }

    private static ItemSubmitted goldenItem() {
        try (ErrorHandlingDeserializer<Object> deserializer =
                new ErrorHandlingDeserializer<>(new WholeEventDeserializer())) {
            Object value = deserializer.deserialize(
                    Topics.ITEM_SUBMITTED.name(), new RecordHeaders(), Golden.bytes(Topics.ITEM_SUBMITTED));
            assertThat(value).isInstanceOf(ItemSubmitted.class);
            return (ItemSubmitted) value;
        }
    }
}
