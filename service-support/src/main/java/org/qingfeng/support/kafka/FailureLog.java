package org.qingfeng.support.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.RetryListener;

/**
 * Logs each failed delivery and each dead letter by where the record sits and the class of the
 * failure only: messages may quote a record's content, which must never reach a log.
 */
final class FailureLog implements RetryListener {

    private static final Logger log = LoggerFactory.getLogger(FailureLog.class);

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, @Nullable Exception failure, int deliveryAttempt) {
        log.warn(
                "Record {}-{}@{} failed on delivery {}: {}",
                record.topic(),
                record.partition(),
                record.offset(),
                deliveryAttempt,
                describe(failure));
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, @Nullable Exception failure) {
        log.warn(
                "Record {}-{}@{} sent to its dead-letter topic after {}",
                record.topic(),
                record.partition(),
                record.offset(),
                describe(failure));
    }

    @Override
    public void recoveryFailed(ConsumerRecord<?, ?> record, @Nullable Exception original, Exception failure) {
        log.error(
                "Record {}-{}@{} could not be dead-lettered ({}); it will be delivered again",
                record.topic(),
                record.partition(),
                record.offset(),
                failure.getClass().getSimpleName());
    }

    /** The kind of failure and the class of its innermost cause, such as {@code INFRASTRUCTURE MongoTimeoutException}. */
    static String describe(@Nullable Throwable failure) {
        if (failure == null) {
            return "unknown failure";
        }
        Throwable innermost = failure;
        while (innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        return RetryPolicy.classify(failure) + " " + innermost.getClass().getSimpleName();
    }
}
