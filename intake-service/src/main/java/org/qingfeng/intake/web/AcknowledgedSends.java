package org.qingfeng.intake.web;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.support.kafka.Acks;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * How intake's commands publish: every record sent, then at most {@code intake.ack-timeout} for all
 * the broker's acknowledgements; a broker that does not give them is {@link ServiceUnavailable}, a
 * {@code 503} with {@code Retry-After}. One place, so that every command treats the broker alike.
 */
@Component
public class AcknowledgedSends {

    private final KafkaTemplate<String, Object> kafka;
    private final Duration ackTimeout;

    AcknowledgedSends(KafkaTemplate<String, Object> kafka, IntakeProperties properties) {
        this.kafka = kafka;
        this.ackTimeout = properties.ackTimeout();
    }

    /** Returns once the broker acknowledged every record; {@code what} names them in the exception. */
    public void sendAll(List<ProducerRecord<String, Object>> records, String what) {
        try {
            Acks.sendAll(kafka, records, ackTimeout);
        } catch (Acks.AckFailed e) {
            throw new ServiceUnavailable("the broker did not acknowledge the " + what, e);
        }
    }
}
