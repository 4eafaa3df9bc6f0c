package org.qingfeng.disposal.signal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.disposal.signal.rules.ReportingSignal;
import org.qingfeng.disposal.store.Projected;
import org.qingfeng.support.kafka.Polls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the late and missing reports of {@code intake.reporting-compliance.v1}, one bulk write per
 * poll, in the service's consumer group. Issue 7 opens disposal cases from here: a unit that stays
 * silent is followed up like a warning.
 */
@Component
class ReportingSignalListener {

    private static final Logger log = LoggerFactory.getLogger(ReportingSignalListener.class);

    private final ReportingSignalStore signals;
    private final Counter projected;

    ReportingSignalListener(ReportingSignalStore signals, MeterRegistry registry) {
        this.signals = signals;
        this.projected = Projected.counter(registry, "reporting_signals");
    }

    @KafkaListener(topics = "#{T(org.qingfeng.contracts.Topics).REPORTING_COMPLIANCE.name()}")
    void on(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ReportingComplianceChanged.class, ReportingSignal::of, this::keep);
    }

    private void keep(List<Optional<ReportingSignal>> poll) {
        List<ReportingSignal> kept = poll.stream().flatMap(Optional::stream).toList();
        if (!kept.isEmpty()) {
            projected.increment(signals.save(kept));
        }
        log.debug("Kept {} of {} compliance changes as signals", kept.size(), poll.size());
    }
}
