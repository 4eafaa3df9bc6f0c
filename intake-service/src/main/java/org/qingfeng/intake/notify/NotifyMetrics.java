package org.qingfeng.intake.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code intake.notify.sent|failed|skipped{channel}}: how many messages went, failed, or had no channel. */
final class NotifyMetrics {

    static final String SMS = "sms";
    static final String MAIL = "mail";

    private final Counter sent;
    private final Counter failed;
    private final Counter skipped;

    NotifyMetrics(MeterRegistry meters, String channel) {
        this.sent = counter(meters, "intake.notify.sent", "Messages the gateway took", channel);
        this.failed =
                counter(meters, "intake.notify.failed", "Messages the gateway refused or was not reached for", channel);
        this.skipped = counter(
                meters, "intake.notify.skipped", "Messages not sent because the channel is not configured", channel);
    }

    void sent() {
        sent.increment();
    }

    void failed() {
        failed.increment();
    }

    void skipped() {
        skipped.increment();
    }

    private static Counter counter(MeterRegistry meters, String name, String description, String channel) {
        return Counter.builder(name)
                .description(description)
                .tag("channel", channel)
                .register(meters);
    }
}
