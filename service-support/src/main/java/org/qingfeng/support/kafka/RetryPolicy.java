package org.qingfeng.support.kafka;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.BrokerNotAvailableException;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * One retry policy for every listener, decided by what failed:
 *
 * <ul>
 *   <li>{@link Failure#UNREADABLE}: the record cannot be read or is not whole; retrying cannot help,
 *       so it goes to the dead-letter topic at once.
 *   <li>{@link Failure#INFRASTRUCTURE}: the store or the broker is away; the record is fine, and
 *       dead-lettering it would drop it from the projections, so it is retried with exponential
 *       back-off up to {@code maxInterval} apart, without limit.
 *   <li>{@link Failure#OTHER}: anything else about this record; a few retries, then the dead-letter topic.
 * </ul>
 */
public final class RetryPolicy {

    /** What kind of failure a listener met. */
    public enum Failure {
        UNREADABLE,
        INFRASTRUCTURE,
        OTHER
    }

    private final Duration interval;
    private final int attempts;
    private final Duration maxInterval;

    public RetryPolicy(Duration interval, int attempts, Duration maxInterval) {
        this.interval = interval;
        this.attempts = attempts;
        this.maxInterval = maxInterval;
    }

    public BackOff backOffFor(Throwable failure) {
        return switch (classify(failure)) {
            case UNREADABLE -> new FixedBackOff(0, 0);
            case INFRASTRUCTURE -> untilBack();
            case OTHER -> fewRetries();
        };
    }

    /** The back-off of a failure of one record: a few retries. */
    public BackOff fewRetries() {
        return new FixedBackOff(interval.toMillis(), attempts);
    }

    /** Looks along the chain of causes: being unreadable decides first, then any sign of the infrastructure. */
    public static Failure classify(Throwable failure) {
        boolean infrastructure = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnreadableEvent || t instanceof DeserializationException) {
                return Failure.UNREADABLE;
            }
            infrastructure = infrastructure || isInfrastructure(t);
        }
        return infrastructure ? Failure.INFRASTRUCTURE : Failure.OTHER;
    }

    private BackOff untilBack() {
        ExponentialBackOff backOff = new ExponentialBackOff(interval.toMillis(), 2.0);
        backOff.setMaxInterval(maxInterval.toMillis());
        return backOff;
    }

    /** Mongo away or refusing the write concern, the broker not answering or not acknowledging in time. */
    private static boolean isInfrastructure(Throwable t) {
        if (t instanceof MongoException mongo) {
            return !concernsTheDocuments(mongo);
        }
        return t instanceof RetriableException
                || t instanceof BrokerNotAvailableException
                || t instanceof TimeoutException;
    }

    /** A write error of the documents themselves, such as a duplicate key, says nothing about the store. */
    private static boolean concernsTheDocuments(MongoException e) {
        if (e instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteConcernError() == null;
        }
        return e instanceof MongoWriteException;
    }
}
