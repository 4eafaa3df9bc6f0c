package org.qingfeng.analysis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Golden;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.support.kafka.WholeEventDeserializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/** analysis reads the golden item-submitted through the deserializer its listener uses. */
class ItemSubmittedContractTests {

    @Test
    void readsTheGoldenItemIntoTheLedgerLineOfItsTownshipSubjectAndBeijingMonth() {
        Object value;
        try (ErrorHandlingDeserializer<Object> deserializer =
                new ErrorHandlingDeserializer<>(new WholeEventDeserializer())) {
            value = deserializer.deserialize(
                    Topics.ITEM_SUBMITTED.name(), new RecordHeaders(), Golden.bytes(Topics.ITEM_SUBMITTED));
        }

        assertThat(value).isInstanceOf(ItemSubmitted.class);
        LedgerEntry entry = LedgerEntry.of((ItemSubmitted) value, new ReportingMonth(ZoneId.of("Asia/Shanghai")));
        assertThat(entry.itemId()).isEqualTo(UUID.fromString("0b9f3c5e-6a4d-4e8b-9f21-3c7d5a1e8b40"));
        assertThat(entry.key().id()).isEqualTo("2026-11|330281-101|work-style");
    }
}
