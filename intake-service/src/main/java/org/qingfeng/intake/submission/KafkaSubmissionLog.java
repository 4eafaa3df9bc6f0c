package org.qingfeng.intake.submission;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.intake.web.AcknowledgedSends;
import org.qingfeng.intake.web.ServiceUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The submission log on {@code intake.submission-received.v1}, keyed by item id, timed to the acknowledgement. */
@Component
class KafkaSubmissionLog implements SubmissionLog {

    private static final Logger log = LoggerFactory.getLogger(KafkaSubmissionLog.class);

    private final AcknowledgedSends sends;
    private final MeterRegistry meters;

    KafkaSubmissionLog(AcknowledgedSends sends, MeterRegistry meters) {
        this.sends = sends;
        this.meters = meters;
    }

    @Override
    public void append(List<SubmissionReceived> submissions) {
        List<ProducerRecord<String, Object>> records = submissions.stream()
                .map(s -> new ProducerRecord<String, Object>(
                        Topics.SUBMISSION_RECEIVED.name(), s.itemId().toString(), s))
                .toList();
        Timer.Sample sample = Timer.start(meters);
        try {
            sends.sendAll(records, submissions.size() == 1 ? "submission" : "submissions");
            sample.stop(ackTimer("acknowledged"));
        } catch (ServiceUnavailable e) {
            sample.stop(ackTimer("failed"));
            log.warn(
                    "{} submission(s), the first {}, not acknowledged by the broker: {}",
                    submissions.size(),
                    submissions.get(0).itemId(),
                    e.getCause().getMessage());
            throw e;
        }
    }

    private Timer ackTimer(String outcome) {
        return Timer.builder("intake.submission.ack")
                .description("Time from sending a submission to the broker's acknowledgement")
                .tag("outcome", outcome)
                .publishPercentiles(0.5, 0.95, 0.99)
                .publishPercentileHistogram()
                .register(meters);
    }
}
