package org.qingfeng.intake.channel;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.qingfeng.contracts.intake.Channel;

/** {@code intake.channel.messages{channel=sms|email, outcome=accepted|refused|error}}: no identity in any tag. */
public final class ChannelMetrics {

    /** What became of a message. */
    public enum Outcome {
        ACCEPTED,
        REFUSED,
        ERROR
    }

    private final MeterRegistry meters;

    public ChannelMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    public void count(Channel channel, Outcome outcome) {
        Counter.builder("intake.channel.messages")
                .description("Messages taken from the SMS and e-mail channels, by what became of them")
                .tag("channel", channel.name().toLowerCase(Locale.ROOT))
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(meters)
                .increment();
    }
}
