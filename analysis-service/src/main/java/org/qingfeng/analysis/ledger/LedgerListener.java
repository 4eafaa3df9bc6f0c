package org.qingfeng.analysis.ledger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.support.kafka.Polls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Counts every submitted item into its monthly ledger line, one bulk write per poll. The offsets
 * are committed when the listener returns, so after the write.
 */
@Component
class LedgerListener {

    private static final Logger log = LoggerFactory.getLogger(LedgerListener.class);

    private final MonthlyLedgers ledgers;
    private final ReportingMonth reportingMonth;
    private final Counter counted;

    LedgerListener(MonthlyLedgers ledgers, AnalysisProperties properties, MeterRegistry registry) {
        this.ledgers = ledgers;
        this.reportingMonth = new ReportingMonth(properties.zone());
        this.counted = Counter.builder("analysis.items.counted")
                .description("Items counted into a monthly ledger for the first time")
                .register(registry);
    }

    @KafkaListener(topics = "#{T(org.qingfeng.contracts.Topics).ITEM_SUBMITTED.name()}")
    void on(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ItemSubmitted.class, item -> LedgerEntry.of(item, reportingMonth), this::count);
    }

    private void count(List<LedgerEntry> entries) {
        int newlyCounted = ledgers.count(entries);
        counted.increment(newlyCounted);
        log.debug("Counted {} of {} items into monthly ledgers", newlyCounted, entries.size());
    }
}
